-- Create "api_tokens" table
CREATE TABLE `api_tokens` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `role` text NOT NULL, `secret_hash` text NOT NULL, `last_used_at` datetime NULL, `revoked_at` datetime NULL);
-- Set sequence for "api_tokens" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("api_tokens", 34359738368);
-- Create index "api_tokens_secret_hash_key" to table: "api_tokens"
CREATE UNIQUE INDEX `api_tokens_secret_hash_key` ON `api_tokens` (`secret_hash`);
-- Create "articles" table
CREATE TABLE `articles` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `title` text NOT NULL, `summary` text NOT NULL DEFAULT (''), `body` text NOT NULL DEFAULT (''), `body_text` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT ('DRAFT'), `published_at` datetime NULL, `published_sort` datetime NOT NULL, `event_date` datetime NULL, `language` text NOT NULL DEFAULT ('vi'), `announced` bool NOT NULL DEFAULT (false), `version` integer NOT NULL DEFAULT (1), `article_cover` integer NULL, `category_articles` integer NULL, CONSTRAINT `articles_media_cover` FOREIGN KEY (`article_cover`) REFERENCES `media` (`id`) ON DELETE SET NULL, CONSTRAINT `articles_categories_articles` FOREIGN KEY (`category_articles`) REFERENCES `categories` (`id`) ON DELETE SET NULL);
-- Create index "articles_slug_key" to table: "articles"
CREATE UNIQUE INDEX `articles_slug_key` ON `articles` (`slug`);
-- Create index "article_status_published_sort_id" to table: "articles"
CREATE INDEX `article_status_published_sort_id` ON `articles` (`status`, `published_sort`, `id`);
-- Create index "article_published_sort_id" to table: "articles"
CREATE INDEX `article_published_sort_id` ON `articles` (`published_sort`, `id`);
-- Create index "article_article_cover" to table: "articles"
CREATE INDEX `article_article_cover` ON `articles` (`article_cover`);
-- Create index "article_announced_status_published_sort" to table: "articles"
CREATE INDEX `article_announced_status_published_sort` ON `articles` (`announced`, `status`, `published_sort`);
-- Create "awards" table
CREATE TABLE `awards` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL DEFAULT ('OTHER'), `year` integer NOT NULL, `reason` text NOT NULL DEFAULT (''), `awarded_on` datetime NULL, `award_issuer` integer NULL, `award_presented_by` integer NULL, CONSTRAINT `awards_organizations_issuer` FOREIGN KEY (`award_issuer`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `awards_persons_presented_by` FOREIGN KEY (`award_presented_by`) REFERENCES `persons` (`id`) ON DELETE SET NULL);
-- Set sequence for "awards" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("awards", 4294967296);
-- Create index "award_year" to table: "awards"
CREATE INDEX `award_year` ON `awards` (`year`);
-- Create index "award_award_issuer" to table: "awards"
CREATE INDEX `award_award_issuer` ON `awards` (`award_issuer`);
-- Create "categories" table
CREATE TABLE `categories` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `name` text NOT NULL, `category_children` integer NULL, CONSTRAINT `categories_categories_children` FOREIGN KEY (`category_children`) REFERENCES `categories` (`id`) ON DELETE SET NULL);
-- Set sequence for "categories" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("categories", 8589934592);
-- Create index "categories_slug_key" to table: "categories"
CREATE UNIQUE INDEX `categories_slug_key` ON `categories` (`slug`);
-- Create "documents" table
CREATE TABLE `documents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `kind` text NOT NULL DEFAULT ('OTHER'), `title` text NOT NULL DEFAULT (''), `issued_on` datetime NULL, `document_issuer` integer NULL, CONSTRAINT `documents_organizations_issuer` FOREIGN KEY (`document_issuer`) REFERENCES `organizations` (`id`) ON DELETE SET NULL);
-- Set sequence for "documents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("documents", 47244640256);
-- Create index "document_code" to table: "documents"
CREATE INDEX `document_code` ON `documents` (`code`);
-- Create "events" table
CREATE TABLE `events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `occurred_at` datetime NOT NULL, `article_id` integer NOT NULL, `feedback_id` integer NULL, `slug` text NOT NULL DEFAULT (''), `title` text NOT NULL DEFAULT (''), `published_at` datetime NULL, `category_id` integer NULL, `tag_ids` json NULL, `author_ids` json NULL, `person_ids` json NULL, `organization_ids` json NULL);
-- Set sequence for "events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("events", 55834574848);
-- Create index "event_article_id" to table: "events"
CREATE INDEX `event_article_id` ON `events` (`article_id`);
-- Create "feedbacks" table
CREATE TABLE `feedbacks` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `email` text NOT NULL, `content` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `article_feedback` integer NOT NULL, CONSTRAINT `feedbacks_articles_feedback` FOREIGN KEY (`article_feedback`) REFERENCES `articles` (`id`) ON DELETE NO ACTION);
-- Set sequence for "feedbacks" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("feedbacks", 42949672960);
-- Create index "feedback_status_article_feedback" to table: "feedbacks"
CREATE INDEX `feedback_status_article_feedback` ON `feedbacks` (`status`, `article_feedback`);
-- Create "media" table
CREATE TABLE `media` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `url` text NOT NULL, `mime_type` text NOT NULL DEFAULT (''), `width` integer NOT NULL DEFAULT (0), `height` integer NOT NULL DEFAULT (0), `alt` text NOT NULL DEFAULT (''), `caption` text NOT NULL DEFAULT (''), `credit` text NOT NULL DEFAULT (''));
-- Set sequence for "media" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("media", 12884901888);
-- Create index "media_url" to table: "media"
CREATE INDEX `media_url` ON `media` (`url`);
-- Create "organizations" table
CREATE TABLE `organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `name` text NOT NULL, `short_name` text NOT NULL DEFAULT (''), `kind` text NOT NULL DEFAULT ('OTHER'), `level` text NOT NULL DEFAULT ('OTHER'), `region` text NOT NULL DEFAULT (''), `website` text NOT NULL DEFAULT (''), `organization_children` integer NULL, CONSTRAINT `organizations_organizations_children` FOREIGN KEY (`organization_children`) REFERENCES `organizations` (`id`) ON DELETE SET NULL);
-- Set sequence for "organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("organizations", 17179869184);
-- Create index "organizations_slug_key" to table: "organizations"
CREATE UNIQUE INDEX `organizations_slug_key` ON `organizations` (`slug`);
-- Create "persons" table
CREATE TABLE `persons` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `full_name` text NOT NULL, `bio` text NOT NULL DEFAULT (''), `person_photo` integer NULL, CONSTRAINT `persons_media_photo` FOREIGN KEY (`person_photo`) REFERENCES `media` (`id`) ON DELETE SET NULL);
-- Set sequence for "persons" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("persons", 21474836480);
-- Create index "persons_slug_key" to table: "persons"
CREATE UNIQUE INDEX `persons_slug_key` ON `persons` (`slug`);
-- Create index "person_person_photo" to table: "persons"
CREATE INDEX `person_person_photo` ON `persons` (`person_photo`);
-- Create "positions" table
CREATE TABLE `positions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` text NOT NULL, `start_date` datetime NULL, `end_date` datetime NULL, `position_person` integer NOT NULL, `position_organization` integer NOT NULL, CONSTRAINT `positions_persons_person` FOREIGN KEY (`position_person`) REFERENCES `persons` (`id`) ON DELETE NO ACTION, CONSTRAINT `positions_organizations_organization` FOREIGN KEY (`position_organization`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "positions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("positions", 25769803776);
-- Create index "position_position_person" to table: "positions"
CREATE INDEX `position_position_person` ON `positions` (`position_person`);
-- Create index "position_position_organization" to table: "positions"
CREATE INDEX `position_position_organization` ON `positions` (`position_organization`);
-- Create "revisions" table
CREATE TABLE `revisions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL, `title` text NOT NULL, `slug` text NOT NULL, `summary` text NOT NULL, `body` text NOT NULL, `status` text NOT NULL, `published_at` datetime NULL, `event_date` datetime NULL, `language` text NOT NULL, `saved_by` text NOT NULL DEFAULT (''), `article_revisions` integer NOT NULL, CONSTRAINT `revisions_articles_revisions` FOREIGN KEY (`article_revisions`) REFERENCES `articles` (`id`) ON DELETE NO ACTION);
-- Set sequence for "revisions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("revisions", 38654705664);
-- Create "story_imports" table
CREATE TABLE `story_imports` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `content_hash` text NOT NULL, `story_import_article` integer NOT NULL, CONSTRAINT `story_imports_articles_article` FOREIGN KEY (`story_import_article`) REFERENCES `articles` (`id`) ON DELETE NO ACTION);
-- Set sequence for "story_imports" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("story_imports", 51539607552);
-- Create index "story_imports_content_hash_key" to table: "story_imports"
CREATE UNIQUE INDEX `story_imports_content_hash_key` ON `story_imports` (`content_hash`);
-- Create "tags" table
CREATE TABLE `tags` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `name` text NOT NULL);
-- Set sequence for "tags" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tags", 30064771072);
-- Create index "tags_slug_key" to table: "tags"
CREATE UNIQUE INDEX `tags_slug_key` ON `tags` (`slug`);
-- Create "webhook_attempts" table
CREATE TABLE `webhook_attempts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `attempted_at` datetime NOT NULL, `outcome` text NOT NULL, `status_code` integer NULL, `latency_ms` integer NOT NULL, `error` text NULL, `webhook_delivery_attempts` integer NOT NULL, CONSTRAINT `webhook_attempts_webhook_deliveries_attempts` FOREIGN KEY (`webhook_delivery_attempts`) REFERENCES `webhook_deliveries` (`id`) ON DELETE CASCADE);
-- Set sequence for "webhook_attempts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhook_attempts", 60129542144);
-- Create "webhook_deliveries" table
CREATE TABLE `webhook_deliveries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `event_id` integer NOT NULL, `event_kind` text NOT NULL, `webhook_id` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempt_count` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NULL, `last_status_code` integer NULL, `last_error` text NULL, `delivered_at` datetime NULL, `webhook_endpoint_deliveries` integer NOT NULL, CONSTRAINT `webhook_deliveries_webhook_endpoints_deliveries` FOREIGN KEY (`webhook_endpoint_deliveries`) REFERENCES `webhook_endpoints` (`id`) ON DELETE CASCADE);
-- Set sequence for "webhook_deliveries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhook_deliveries", 64424509440);
-- Create index "webhook_deliveries_webhook_id_key" to table: "webhook_deliveries"
CREATE UNIQUE INDEX `webhook_deliveries_webhook_id_key` ON `webhook_deliveries` (`webhook_id`);
-- Create index "webhookdelivery_event_id_webhook_endpoint_deliveries" to table: "webhook_deliveries"
CREATE UNIQUE INDEX `webhookdelivery_event_id_webhook_endpoint_deliveries` ON `webhook_deliveries` (`event_id`, `webhook_endpoint_deliveries`);
-- Create "webhook_endpoints" table
CREATE TABLE `webhook_endpoints` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `url` text NOT NULL, `events` json NULL, `secret` text NOT NULL, `paused` bool NOT NULL DEFAULT (false), `disabled_at` datetime NULL, `disabled_reason` text NULL, `position` integer NOT NULL DEFAULT (0), `lease_owner` text NOT NULL DEFAULT (''), `next_attempt_at` datetime NOT NULL, `lease_expires_at` datetime NOT NULL);
-- Set sequence for "webhook_endpoints" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhook_endpoints", 68719476736);
-- Create "article_authors" table
CREATE TABLE `article_authors` (`article_id` integer NOT NULL, `person_id` integer NOT NULL, PRIMARY KEY (`article_id`, `person_id`), CONSTRAINT `article_authors_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_authors_person_id` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE);
-- Create index "article_authors_person_id" to table: "article_authors"
CREATE INDEX `article_authors_person_id` ON `article_authors` (`person_id`);
-- Create "article_mentioned_people" table
CREATE TABLE `article_mentioned_people` (`article_id` integer NOT NULL, `person_id` integer NOT NULL, PRIMARY KEY (`article_id`, `person_id`), CONSTRAINT `article_mentioned_people_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_mentioned_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE);
-- Create index "article_mentioned_people_person_id" to table: "article_mentioned_people"
CREATE INDEX `article_mentioned_people_person_id` ON `article_mentioned_people` (`person_id`);
-- Create "article_mentioned_organizations" table
CREATE TABLE `article_mentioned_organizations` (`article_id` integer NOT NULL, `organization_id` integer NOT NULL, PRIMARY KEY (`article_id`, `organization_id`), CONSTRAINT `article_mentioned_organizations_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_mentioned_organizations_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- Create index "article_mentioned_organizations_organization_id" to table: "article_mentioned_organizations"
CREATE INDEX `article_mentioned_organizations_organization_id` ON `article_mentioned_organizations` (`organization_id`);
-- Create "article_mentioned_awards" table
CREATE TABLE `article_mentioned_awards` (`article_id` integer NOT NULL, `award_id` integer NOT NULL, PRIMARY KEY (`article_id`, `award_id`), CONSTRAINT `article_mentioned_awards_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_mentioned_awards_award_id` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE CASCADE);
-- Create index "article_mentioned_awards_award_id" to table: "article_mentioned_awards"
CREATE INDEX `article_mentioned_awards_award_id` ON `article_mentioned_awards` (`award_id`);
-- Create "article_mentioned_documents" table
CREATE TABLE `article_mentioned_documents` (`article_id` integer NOT NULL, `document_id` integer NOT NULL, PRIMARY KEY (`article_id`, `document_id`), CONSTRAINT `article_mentioned_documents_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_mentioned_documents_document_id` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE CASCADE);
-- Create index "article_mentioned_documents_document_id" to table: "article_mentioned_documents"
CREATE INDEX `article_mentioned_documents_document_id` ON `article_mentioned_documents` (`document_id`);
-- Create "award_recipient_people" table
CREATE TABLE `award_recipient_people` (`award_id` integer NOT NULL, `person_id` integer NOT NULL, PRIMARY KEY (`award_id`, `person_id`), CONSTRAINT `award_recipient_people_award_id` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE CASCADE, CONSTRAINT `award_recipient_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE);
-- Create index "award_recipient_people_person_id" to table: "award_recipient_people"
CREATE INDEX `award_recipient_people_person_id` ON `award_recipient_people` (`person_id`);
-- Create "award_recipient_organizations" table
CREATE TABLE `award_recipient_organizations` (`award_id` integer NOT NULL, `organization_id` integer NOT NULL, PRIMARY KEY (`award_id`, `organization_id`), CONSTRAINT `award_recipient_organizations_award_id` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE CASCADE, CONSTRAINT `award_recipient_organizations_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- Create index "award_recipient_organizations_organization_id" to table: "award_recipient_organizations"
CREATE INDEX `award_recipient_organizations_organization_id` ON `award_recipient_organizations` (`organization_id`);
-- Create "award_for_documents" table
CREATE TABLE `award_for_documents` (`award_id` integer NOT NULL, `document_id` integer NOT NULL, PRIMARY KEY (`award_id`, `document_id`), CONSTRAINT `award_for_documents_award_id` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE CASCADE, CONSTRAINT `award_for_documents_document_id` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE CASCADE);
-- Create index "award_for_documents_document_id" to table: "award_for_documents"
CREATE INDEX `award_for_documents_document_id` ON `award_for_documents` (`document_id`);
-- Create "tag_articles" table
CREATE TABLE `tag_articles` (`tag_id` integer NOT NULL, `article_id` integer NOT NULL, PRIMARY KEY (`tag_id`, `article_id`), CONSTRAINT `tag_articles_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE, CONSTRAINT `tag_articles_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE);
-- Create index "tag_articles_article_id" to table: "tag_articles"
CREATE INDEX `tag_articles_article_id` ON `tag_articles` (`article_id`);
