-- The statements newsgraph runs for the benchmark's operations (captured
-- with ent's debug driver), with typical values, under EXPLAIN.
-- sqlite3 newsgraph.db < bench/explain/sqlite.sql
.print FEED, DEEP_PAGE: the page of articles (keyset after a cursor for DEEP_PAGE)
EXPLAIN QUERY PLAN SELECT id, title, slug, published_at, published_sort FROM articles
 WHERE status = 'PUBLISHED' ORDER BY published_sort DESC, id DESC LIMIT 21;
EXPLAIN QUERY PLAN SELECT id, title, slug, published_at, published_sort FROM articles
 WHERE status = 'PUBLISHED' AND (published_sort, id) < ('2023-05-31 14:46:00+00:00', 50000)
 ORDER BY published_sort DESC, id DESC LIMIT 21;
.print FEED: authors, their positions, the organizations of those positions
EXPLAIN QUERY PLAN SELECT t1.article_id, persons.id, persons.full_name FROM persons
 JOIN article_authors AS t1 ON persons.id = t1.person_id WHERE t1.article_id IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
EXPLAIN QUERY PLAN SELECT id, title, position_person, position_organization FROM positions
 WHERE position_person IN (21474836481, 21474836482, 21474836483, 21474836484, 21474836485, 21474836486, 21474836487, 21474836488, 21474836489, 21474836490);
EXPLAIN QUERY PLAN SELECT id, name FROM organizations WHERE id IN (17179869185, 17179869186, 17179869187, 17179869188);
.print DETAIL: the article by slug, the people it mentions, their awards, the issuers
EXPLAIN QUERY PLAN SELECT id, title, slug, summary, body, published_at FROM articles WHERE slug = 'hoi-nghi-so-ket' LIMIT 2;
EXPLAIN QUERY PLAN SELECT t1.article_id, persons.id, persons.full_name, persons.slug FROM persons
 JOIN article_mentioned_people AS t1 ON persons.id = t1.person_id WHERE t1.article_id IN (554);
EXPLAIN QUERY PLAN SELECT t1.person_id, awards.id, awards.name, awards.year, awards.award_issuer FROM awards
 JOIN award_recipient_people AS t1 ON awards.id = t1.award_id WHERE t1.person_id IN (21474837001, 21474837503, 21474837570, 21474837659, 21474837809);
.print AWARDS: a page of awards of a year, the recipients of the page
EXPLAIN QUERY PLAN SELECT * FROM awards WHERE year = 2024 ORDER BY id LIMIT 51;
EXPLAIN QUERY PLAN SELECT t1.award_id, persons.* FROM persons
 JOIN award_recipient_people AS t1 ON persons.id = t1.person_id WHERE t1.award_id IN (4294967296, 4294967301, 4294967305, 4294967306, 4294967317);
EXPLAIN QUERY PLAN SELECT t1.award_id, organizations.* FROM organizations
 JOIN award_recipient_organizations AS t1 ON organizations.id = t1.organization_id WHERE t1.award_id IN (4294967296, 4294967301, 4294967305, 4294967306, 4294967317);
