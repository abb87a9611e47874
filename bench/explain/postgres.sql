-- The statements newsgraph runs for the benchmark's operations: one per
-- root field, each node's JSON built in SQL by the compiled executor
-- (graph/compiled.go, internal/sqljson), captured from PostgreSQL's
-- statement log, with typical values, under EXPLAIN.
-- psql "$DATABASE_URL" -f bench/explain/postgres.sql
-- newsgraph's sessions plan with random_page_cost 1.1 and plan_cache_mode
-- force_generic_plan (internal/database). The published_at bound is the
-- request's time, the visibility rule every read of articles carries.
SET random_page_cost = 1.1;
SET plan_cache_mode = force_generic_plan;
\echo FEED: the first 20 published articles (21 to see a next page), each with its authors, their positions, the organizations of the positions
EXPLAIN SELECT "articles"."id", "articles"."published_sort", (json_build_object('id', CAST("articles"."id" AS TEXT), 'title', "articles"."title", 'slug', "articles"."slug",
 'publishedAt', to_char("articles"."published_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || rtrim(rtrim(to_char("articles"."published_at", '.US'), '0'), '.') || 'Z',
 'authors', (SELECT coalesce(json_agg(json_build_object('fullName', "ng1"."full_name",
 'positions', (SELECT coalesce(json_agg(json_build_object('title', "ng2"."title",
 'organization', (SELECT json_build_object('name', "ng3"."name") FROM "organizations" AS "ng3" WHERE "ng3"."id" = "ng2"."position_organization"))), '[]')
 FROM "positions" AS "ng2" WHERE "ng2"."position_person" = "ng1"."id"))), '[]')
 FROM "persons" AS "ng1" JOIN "article_authors" AS "ng1j" ON "ng1"."id" = "ng1j"."person_id" WHERE "ng1j"."article_id" = "articles"."id"))) AS "__node"
 FROM (SELECT * FROM "articles" WHERE "articles"."status" = 'PUBLISHED'
 AND ("articles"."status" IN ('PUBLISHED', 'SCHEDULED') AND "articles"."published_at" <= '2026-11-28 19:37:34+00')
 ORDER BY "articles"."published_sort" DESC, "articles"."id" DESC LIMIT 21) AS "articles" ORDER BY "articles"."published_sort" DESC, "articles"."id" DESC LIMIT 21
;
\echo DEEP_PAGE: the same statement, keyset after a cursor 2,500 articles deep
EXPLAIN SELECT "articles"."id", "articles"."published_sort", (json_build_object('id', CAST("articles"."id" AS TEXT), 'title', "articles"."title", 'slug', "articles"."slug",
 'publishedAt', to_char("articles"."published_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || rtrim(rtrim(to_char("articles"."published_at", '.US'), '0'), '.') || 'Z',
 'authors', (SELECT coalesce(json_agg(json_build_object('fullName', "ng1"."full_name",
 'positions', (SELECT coalesce(json_agg(json_build_object('title', "ng2"."title",
 'organization', (SELECT json_build_object('name', "ng3"."name") FROM "organizations" AS "ng3" WHERE "ng3"."id" = "ng2"."position_organization"))), '[]')
 FROM "positions" AS "ng2" WHERE "ng2"."position_person" = "ng1"."id"))), '[]')
 FROM "persons" AS "ng1" JOIN "article_authors" AS "ng1j" ON "ng1"."id" = "ng1j"."person_id" WHERE "ng1j"."article_id" = "articles"."id"))) AS "__node"
 FROM (SELECT * FROM "articles" WHERE ("articles"."status" = 'PUBLISHED' AND ("articles"."published_sort", "articles"."id") < ('2025-11-11 07:25:00+00', 69101))
 AND ("articles"."status" IN ('PUBLISHED', 'SCHEDULED') AND "articles"."published_at" <= '2026-11-28 19:37:34+00')
 ORDER BY "articles"."published_sort" DESC, "articles"."id" DESC LIMIT 21) AS "articles" ORDER BY "articles"."published_sort" DESC, "articles"."id" DESC LIMIT 21
;
\echo DETAIL: the article by slug, the people it mentions, their awards, the issuers
EXPLAIN SELECT "articles"."id", (json_build_object('id', CAST("articles"."id" AS TEXT), 'title', "articles"."title", 'slug', "articles"."slug", 'summary', "articles"."summary", 'body', "articles"."body",
 'publishedAt', to_char("articles"."published_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || rtrim(rtrim(to_char("articles"."published_at", '.US'), '0'), '.') || 'Z',
 'mentionedPeople', (SELECT coalesce(json_agg(json_build_object('fullName', "ng1"."full_name", 'slug', "ng1"."slug",
 'awards', (SELECT coalesce(json_agg(json_build_object('name', "ng2"."name", 'year', "ng2"."year",
 'issuer', (SELECT json_build_object('name', "ng3"."name") FROM "organizations" AS "ng3" WHERE "ng3"."id" = "ng2"."award_issuer"))), '[]')
 FROM "awards" AS "ng2" JOIN "award_recipient_people" AS "ng2j" ON "ng2"."id" = "ng2j"."award_id" WHERE "ng2j"."person_id" = "ng1"."id"))), '[]')
 FROM "persons" AS "ng1" JOIN "article_mentioned_people" AS "ng1j" ON "ng1"."id" = "ng1j"."person_id" WHERE "ng1j"."article_id" = "articles"."id"))) AS "__node"
 FROM "articles" WHERE "articles"."slug" = 'dong-chi-truong-quang-mai-du-le-phat-dong-thi-dua-ve-phat-trien-kinh-te-tap-the'
 AND ("articles"."status" IN ('PUBLISHED', 'SCHEDULED') AND "articles"."published_at" <= '2026-11-28 19:37:34+00') LIMIT 2
;
\echo AWARDS: the first 50 awards of 2024, each with its issuer and its recipients (people and organizations)
EXPLAIN SELECT "awards"."id", (json_build_object('id', CAST("awards"."id" AS TEXT), 'name', "awards"."name", 'kind', "awards"."kind", 'year', "awards"."year",
 'issuer', (SELECT json_build_object('name', "ng1"."name") FROM "organizations" AS "ng1" WHERE "ng1"."id" = "awards"."award_issuer"),
 'recipients', (SELECT coalesce(json_agg("ng4"."o"), '[]')
 FROM (SELECT (json_build_object('__typename', 'Person', 'fullName', "ng2"."full_name")) AS "o"
 FROM "persons" AS "ng2" JOIN "award_recipient_people" AS "ng2j" ON "ng2"."id" = "ng2j"."person_id" WHERE "ng2j"."award_id" = "awards"."id"
 UNION ALL SELECT (json_build_object('__typename', 'Organization', 'name', "ng3"."name")) AS "o"
 FROM "organizations" AS "ng3" JOIN "award_recipient_organizations" AS "ng3j" ON "ng3"."id" = "ng3j"."organization_id" WHERE "ng3j"."award_id" = "awards"."id") AS "ng4"))) AS "__node"
 FROM (SELECT * FROM "awards" WHERE "awards"."year" = 2024
 ORDER BY "awards"."id" LIMIT 51) AS "awards" ORDER BY "awards"."id" LIMIT 51
;
