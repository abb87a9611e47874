-- FEED by hand: the 20 newest published articles with title, slug,
-- publishedAt, the authors' names and each author's positions with their
-- organization's name, as one JSON document built in the database.
SELECT json_agg(json_build_object(
         'id', a.id, 'title', a.title, 'slug', a.slug, 'publishedAt', a.published_at,
         'authors', (SELECT coalesce(json_agg(json_build_object(
                        'fullName', p.full_name,
                        'positions', (SELECT coalesce(json_agg(json_build_object(
                                         'title', po.title, 'organization', json_build_object('name', o.name))), '[]')
                                        FROM positions po JOIN organizations o ON o.id = po.position_organization
                                       WHERE po.position_person = p.id))), '[]')
                       FROM article_authors aa JOIN persons p ON p.id = aa.person_id
                      WHERE aa.article_id = a.id))
         ORDER BY a.published_sort DESC, a.id DESC)
  FROM (SELECT id, title, slug, published_at, published_sort FROM articles
         WHERE status = 'PUBLISHED'
         ORDER BY published_sort DESC, id DESC LIMIT 20) a;
