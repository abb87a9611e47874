-- The statements newsgraph runs for the benchmark's operations: one per
-- root field, each node's JSON built in SQL by the compiled executor
-- (graph/compiled.go, internal/sqljson), captured through ent's debug
-- driver, with typical values, under EXPLAIN QUERY PLAN.
-- sqlite3 newsgraph.db < bench/explain/sqlite.sql
-- The published_at bound is the request's time, the visibility rule every
-- read of articles carries; times are stored as text, in this format.
.print FEED: the first 20 published articles (21 to see a next page), each with its authors, their positions, the organizations of the positions
EXPLAIN QUERY PLAN SELECT `articles`.`id`, `articles`.`published_sort`, (json_object('id', CAST(`articles`.`id` AS TEXT), 'title', `articles`.`title`, 'slug', `articles`.`slug`,
 'publishedAt', CASE WHEN `articles`.`published_at` LIKE '%+00:00' THEN replace(substr(`articles`.`published_at`, 1, length(`articles`.`published_at`) - 6), ' ', 'T') || 'Z' ELSE replace(`articles`.`published_at`, ' ', 'T') END,
 'authors', json((SELECT json_group_array(json_object('fullName', `ng1`.`full_name`,
 'positions', json((SELECT json_group_array(json_object('title', `ng2`.`title`,
 'organization', json((SELECT json_object('name', `ng3`.`name`) FROM `organizations` AS `ng3` WHERE `ng3`.`id` = `ng2`.`position_organization`))))
 FROM `positions` AS `ng2` WHERE `ng2`.`position_person` = `ng1`.`id`))))
 FROM `persons` AS `ng1` JOIN `article_authors` AS `ng1j` ON `ng1`.`id` = `ng1j`.`person_id` WHERE `ng1j`.`article_id` = `articles`.`id`)))) AS `__node`
 FROM (SELECT * FROM `articles` WHERE `articles`.`status` = 'PUBLISHED'
 AND (`articles`.`status` IN ('PUBLISHED', 'SCHEDULED') AND `articles`.`published_at` <= '2026-11-28 19:37:34+00:00')
 ORDER BY `articles`.`published_sort` DESC, `articles`.`id` DESC LIMIT 21) AS `articles` ORDER BY `articles`.`published_sort` DESC, `articles`.`id` DESC LIMIT 21;
.print DEEP_PAGE: the same statement, keyset after a cursor 2,500 articles deep
EXPLAIN QUERY PLAN SELECT `articles`.`id`, `articles`.`published_sort`, (json_object('id', CAST(`articles`.`id` AS TEXT), 'title', `articles`.`title`, 'slug', `articles`.`slug`,
 'publishedAt', CASE WHEN `articles`.`published_at` LIKE '%+00:00' THEN replace(substr(`articles`.`published_at`, 1, length(`articles`.`published_at`) - 6), ' ', 'T') || 'Z' ELSE replace(`articles`.`published_at`, ' ', 'T') END,
 'authors', json((SELECT json_group_array(json_object('fullName', `ng1`.`full_name`,
 'positions', json((SELECT json_group_array(json_object('title', `ng2`.`title`,
 'organization', json((SELECT json_object('name', `ng3`.`name`) FROM `organizations` AS `ng3` WHERE `ng3`.`id` = `ng2`.`position_organization`))))
 FROM `positions` AS `ng2` WHERE `ng2`.`position_person` = `ng1`.`id`))))
 FROM `persons` AS `ng1` JOIN `article_authors` AS `ng1j` ON `ng1`.`id` = `ng1j`.`person_id` WHERE `ng1j`.`article_id` = `articles`.`id`)))) AS `__node`
 FROM (SELECT * FROM `articles` WHERE (`articles`.`status` = 'PUBLISHED' AND (`articles`.`published_sort`, `articles`.`id`) < ('2025-11-11 07:25:00+00:00', 69101))
 AND (`articles`.`status` IN ('PUBLISHED', 'SCHEDULED') AND `articles`.`published_at` <= '2026-11-28 19:37:34+00:00')
 ORDER BY `articles`.`published_sort` DESC, `articles`.`id` DESC LIMIT 21) AS `articles` ORDER BY `articles`.`published_sort` DESC, `articles`.`id` DESC LIMIT 21;
.print DETAIL: the article by slug, the people it mentions, their awards, the issuers
EXPLAIN QUERY PLAN SELECT `articles`.`id`, (json_object('id', CAST(`articles`.`id` AS TEXT), 'title', `articles`.`title`, 'slug', `articles`.`slug`, 'summary', `articles`.`summary`, 'body', `articles`.`body`,
 'publishedAt', CASE WHEN `articles`.`published_at` LIKE '%+00:00' THEN replace(substr(`articles`.`published_at`, 1, length(`articles`.`published_at`) - 6), ' ', 'T') || 'Z' ELSE replace(`articles`.`published_at`, ' ', 'T') END,
 'mentionedPeople', json((SELECT json_group_array(json_object('fullName', `ng1`.`full_name`, 'slug', `ng1`.`slug`,
 'awards', json((SELECT json_group_array(json_object('name', `ng2`.`name`, 'year', `ng2`.`year`,
 'issuer', json((SELECT json_object('name', `ng3`.`name`) FROM `organizations` AS `ng3` WHERE `ng3`.`id` = `ng2`.`award_issuer`))))
 FROM `awards` AS `ng2` JOIN `award_recipient_people` AS `ng2j` ON `ng2`.`id` = `ng2j`.`award_id` WHERE `ng2j`.`person_id` = `ng1`.`id`))))
 FROM `persons` AS `ng1` JOIN `article_mentioned_people` AS `ng1j` ON `ng1`.`id` = `ng1j`.`person_id` WHERE `ng1j`.`article_id` = `articles`.`id`)))) AS `__node`
 FROM `articles` WHERE `articles`.`slug` = 'dong-chi-truong-quang-mai-du-le-phat-dong-thi-dua-ve-phat-trien-kinh-te-tap-the'
 AND (`articles`.`status` IN ('PUBLISHED', 'SCHEDULED') AND `articles`.`published_at` <= '2026-11-28 19:37:34+00:00') LIMIT 2;
.print AWARDS: the first 50 awards of 2024, each with its issuer and its recipients (people and organizations)
EXPLAIN QUERY PLAN SELECT `awards`.`id`, (json_object('id', CAST(`awards`.`id` AS TEXT), 'name', `awards`.`name`, 'kind', `awards`.`kind`, 'year', `awards`.`year`,
 'issuer', json((SELECT json_object('name', `ng1`.`name`) FROM `organizations` AS `ng1` WHERE `ng1`.`id` = `awards`.`award_issuer`)),
 'recipients', json((SELECT json_group_array(json(`ng4`.`o`))
 FROM (SELECT (json_object('__typename', 'Person', 'fullName', `ng2`.`full_name`)) AS `o`
 FROM `persons` AS `ng2` JOIN `award_recipient_people` AS `ng2j` ON `ng2`.`id` = `ng2j`.`person_id` WHERE `ng2j`.`award_id` = `awards`.`id`
 UNION ALL SELECT (json_object('__typename', 'Organization', 'name', `ng3`.`name`)) AS `o`
 FROM `organizations` AS `ng3` JOIN `award_recipient_organizations` AS `ng3j` ON `ng3`.`id` = `ng3j`.`organization_id` WHERE `ng3j`.`award_id` = `awards`.`id`) AS `ng4`)))) AS `__node`
 FROM (SELECT * FROM `awards` WHERE `awards`.`year` = 2024
 ORDER BY `awards`.`id` LIMIT 51) AS `awards` ORDER BY `awards`.`id` LIMIT 51;
