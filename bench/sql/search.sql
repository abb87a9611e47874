-- SEARCH by hand: the first 20 hits for a person's full name, in the order
-- of docs/search.md (tier 3 title, 2 title and summary, 1 anywhere; newest
-- key first within a tier), from the search index's GIN indexes, with the
-- fields bench/operations/SEARCH.graphql shows and the text a snippet is
-- cut from, as one JSON document. pgbench cannot fold a name, so the query
-- is the words of a random person's own index entry (folded, every word
-- whole: the server also matches the last word as a prefix, expanded to the
-- indexed words it begins, which for a whole given name is nearly always the
-- word alone). Run with -D first_person=N -D last_person=M (the persons'
-- smallest and largest ids).
\set p random(:first_person, :last_person)
WITH q AS (
  SELECT to_tsquery('simple', array_to_string(array(SELECT quote_literal(w) FROM unnest(tsvector_to_array(s.title)) AS w), ' & ')) AS q
    FROM search_documents s
   WHERE s.node_id = (SELECT id FROM persons WHERE id >= :p ORDER BY id LIMIT 1)
), now AS (
  SELECT (extract(epoch FROM now()) * 1000000)::bigint AS at
), hits AS (
  SELECT * FROM (
    (SELECT 3 AS tier, d.node_id, d.kind, d.doc_key FROM search_documents d, q, now
      WHERE d.title @@ q.q AND d.public_from <= now.at ORDER BY d.doc_key DESC LIMIT 20)
    UNION ALL
    (SELECT 2, d.node_id, d.kind, d.doc_key FROM search_documents d, q, now
      WHERE d.head @@ q.q AND NOT d.title @@ q.q AND d.public_from <= now.at ORDER BY d.doc_key DESC LIMIT 20)
    UNION ALL
    (SELECT 1, d.node_id, d.kind, d.doc_key FROM search_documents d, q, now
      WHERE d.doc @@ q.q AND NOT d.head @@ q.q AND d.public_from <= now.at ORDER BY d.doc_key DESC LIMIT 20)
  ) h LIMIT 20
)
SELECT json_agg(json_build_object(
         'kind', h.kind, 'tier', h.tier,
         'node', CASE h.kind
           WHEN 'Article' THEN (SELECT json_build_object('title', a.title, 'slug', a.slug, 'publishedAt', a.published_at, 'text', a.summary)
                                  FROM articles a WHERE a.id = h.node_id)
           WHEN 'Person' THEN (SELECT json_build_object('fullName', p.full_name, 'slug', p.slug, 'text', p.bio)
                                 FROM persons p WHERE p.id = h.node_id)
           WHEN 'Organization' THEN (SELECT json_build_object('name', o.name, 'slug', o.slug, 'text', o.region)
                                       FROM organizations o WHERE o.id = h.node_id)
           ELSE (SELECT json_build_object('name', w.name, 'year', w.year, 'text', w.reason)
                   FROM awards w WHERE w.id = h.node_id)
         END)
         ORDER BY h.tier DESC, h.doc_key DESC)
  FROM hits h;
