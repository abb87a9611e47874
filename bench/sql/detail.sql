-- DETAIL by hand: one article with its body, the people it mentions and each
-- person's awards with the issuer's name, as one JSON document. pgbench
-- cannot draw a random slug, so the article is drawn by id (both are unique
-- index lookups). Run with -D articles=N (100000 at scale 1).
\set id random(1, :articles)
SELECT json_build_object(
         'id', a.id, 'title', a.title, 'slug', a.slug, 'summary', a.summary, 'body', a.body,
         'publishedAt', a.published_at,
         'mentionedPeople', (SELECT coalesce(json_agg(json_build_object(
                                'fullName', p.full_name, 'slug', p.slug,
                                'awards', (SELECT coalesce(json_agg(json_build_object(
                                              'name', w.name, 'year', w.year, 'issuer', json_build_object('name', o.name))), '[]')
                                             FROM award_recipient_people arp
                                             JOIN awards w ON w.id = arp.award_id
                                             LEFT JOIN organizations o ON o.id = w.award_issuer
                                            WHERE arp.person_id = p.id))), '[]')
                               FROM article_mentioned_people amp JOIN persons p ON p.id = amp.person_id
                              WHERE amp.article_id = a.id))
  FROM articles a
 WHERE a.id = :id;
