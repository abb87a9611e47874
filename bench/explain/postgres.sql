-- The statements newsgraph runs for the benchmark's operations (captured
-- with ent's debug driver), with typical values, under EXPLAIN.
-- psql "$DATABASE_URL" -f bench/explain/postgres.sql
-- newsgraph's sessions plan with random_page_cost 1.1 (internal/database).
SET random_page_cost = 1.1;
\echo FEED, DEEP_PAGE: the page of articles (keyset after a cursor for DEEP_PAGE)
EXPLAIN SELECT id, title, slug, published_at, published_sort FROM articles
 WHERE status = 'PUBLISHED' ORDER BY published_sort DESC, id DESC LIMIT 21;
EXPLAIN SELECT id, title, slug, published_at, published_sort FROM articles
 WHERE status = 'PUBLISHED' AND (published_sort, id) < ('2023-05-31 14:46:00+00', 50000)
 ORDER BY published_sort DESC, id DESC LIMIT 21;
\echo FEED: authors, their positions, the organizations of those positions
EXPLAIN SELECT t1.article_id, persons.id, persons.full_name FROM persons
 JOIN article_authors AS t1 ON persons.id = t1.person_id WHERE t1.article_id IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
EXPLAIN SELECT id, title, position_person, position_organization FROM positions
 WHERE position_person IN (21474836481, 21474836482, 21474836483, 21474836484, 21474836485, 21474836486, 21474836487, 21474836488, 21474836489, 21474836490);
EXPLAIN SELECT id, name FROM organizations WHERE id IN (17179869185, 17179869186, 17179869187, 17179869188);
\echo DETAIL: the article by slug, the people it mentions, their awards, the issuers
EXPLAIN SELECT id, title, slug, summary, body, published_at FROM articles WHERE slug = 'hoi-nghi-so-ket' LIMIT 2;
EXPLAIN SELECT t1.article_id, persons.id, persons.full_name, persons.slug FROM persons
 JOIN article_mentioned_people AS t1 ON persons.id = t1.person_id WHERE t1.article_id IN (554);
EXPLAIN SELECT t1.person_id, awards.id, awards.name, awards.year, awards.award_issuer FROM awards
 JOIN award_recipient_people AS t1 ON awards.id = t1.award_id WHERE t1.person_id IN (21474837001, 21474837503, 21474837570, 21474837659, 21474837809);
\echo AWARDS: a page of awards of a year (the first page of 2024 at scale 1), its recipients
EXPLAIN SELECT * FROM awards WHERE year = 2024 ORDER BY id LIMIT 51;
EXPLAIN SELECT t1.award_id, persons.id, persons.full_name FROM persons
 JOIN award_recipient_people AS t1 ON persons.id = t1.person_id WHERE t1.award_id IN (4294967299, 4294967312, 4294967313, 4294967318, 4294967329, 4294967334, 4294967340, 4294967376, 4294967379, 4294967380, 4294967382, 4294967385, 4294967386, 4294967390, 4294967392, 4294967394, 4294967401, 4294967410, 4294967411, 4294967413, 4294967414, 4294967416, 4294967419, 4294967425, 4294967427, 4294967428, 4294967429, 4294967444, 4294967448, 4294967455, 4294967456, 4294967459, 4294967465, 4294967468, 4294967474, 4294967478, 4294967479, 4294967486, 4294967500, 4294967503, 4294967505, 4294967508, 4294967509, 4294967510, 4294967511, 4294967514, 4294967519, 4294967523, 4294967526, 4294967527);
EXPLAIN SELECT t1.award_id, organizations.id, organizations.name FROM organizations
 JOIN award_recipient_organizations AS t1 ON organizations.id = t1.organization_id WHERE t1.award_id IN (4294967299, 4294967312, 4294967313, 4294967318, 4294967329, 4294967334, 4294967340, 4294967376, 4294967379, 4294967380, 4294967382, 4294967385, 4294967386, 4294967390, 4294967392, 4294967394, 4294967401, 4294967410, 4294967411, 4294967413, 4294967414, 4294967416, 4294967419, 4294967425, 4294967427, 4294967428, 4294967429, 4294967444, 4294967448, 4294967455, 4294967456, 4294967459, 4294967465, 4294967468, 4294967474, 4294967478, 4294967479, 4294967486, 4294967500, 4294967503, 4294967505, 4294967508, 4294967509, 4294967510, 4294967511, 4294967514, 4294967519, 4294967523, 4294967526, 4294967527);
