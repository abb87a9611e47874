-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_article_authors" table
CREATE TABLE `new_article_authors` (`article_id` integer NOT NULL, `person_id` integer NOT NULL, PRIMARY KEY (`article_id`, `person_id`), CONSTRAINT `article_authors_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_authors_person_id` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "article_authors" to new temporary table "new_article_authors"
INSERT INTO `new_article_authors` (`article_id`, `person_id`) SELECT `article_id`, `person_id` FROM `article_authors`;
-- Drop "article_authors" table after copying rows
DROP TABLE `article_authors`;
-- Rename temporary table "new_article_authors" to "article_authors"
ALTER TABLE `new_article_authors` RENAME TO `article_authors`;
-- Create index "article_authors_person_id" to table: "article_authors"
CREATE INDEX `article_authors_person_id` ON `article_authors` (`person_id`, `article_id`);
-- Create "new_article_mentioned_people" table
CREATE TABLE `new_article_mentioned_people` (`article_id` integer NOT NULL, `person_id` integer NOT NULL, PRIMARY KEY (`article_id`, `person_id`), CONSTRAINT `article_mentioned_people_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_mentioned_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "article_mentioned_people" to new temporary table "new_article_mentioned_people"
INSERT INTO `new_article_mentioned_people` (`article_id`, `person_id`) SELECT `article_id`, `person_id` FROM `article_mentioned_people`;
-- Drop "article_mentioned_people" table after copying rows
DROP TABLE `article_mentioned_people`;
-- Rename temporary table "new_article_mentioned_people" to "article_mentioned_people"
ALTER TABLE `new_article_mentioned_people` RENAME TO `article_mentioned_people`;
-- Create index "article_mentioned_people_person_id" to table: "article_mentioned_people"
CREATE INDEX `article_mentioned_people_person_id` ON `article_mentioned_people` (`person_id`, `article_id`);
-- Create "new_article_mentioned_organizations" table
CREATE TABLE `new_article_mentioned_organizations` (`article_id` integer NOT NULL, `organization_id` integer NOT NULL, PRIMARY KEY (`article_id`, `organization_id`), CONSTRAINT `article_mentioned_organizations_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_mentioned_organizations_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "article_mentioned_organizations" to new temporary table "new_article_mentioned_organizations"
INSERT INTO `new_article_mentioned_organizations` (`article_id`, `organization_id`) SELECT `article_id`, `organization_id` FROM `article_mentioned_organizations`;
-- Drop "article_mentioned_organizations" table after copying rows
DROP TABLE `article_mentioned_organizations`;
-- Rename temporary table "new_article_mentioned_organizations" to "article_mentioned_organizations"
ALTER TABLE `new_article_mentioned_organizations` RENAME TO `article_mentioned_organizations`;
-- Create index "article_mentioned_organizations_organization_id" to table: "article_mentioned_organizations"
CREATE INDEX `article_mentioned_organizations_organization_id` ON `article_mentioned_organizations` (`organization_id`, `article_id`);
-- Create "new_article_mentioned_awards" table
CREATE TABLE `new_article_mentioned_awards` (`article_id` integer NOT NULL, `award_id` integer NOT NULL, PRIMARY KEY (`article_id`, `award_id`), CONSTRAINT `article_mentioned_awards_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_mentioned_awards_award_id` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "article_mentioned_awards" to new temporary table "new_article_mentioned_awards"
INSERT INTO `new_article_mentioned_awards` (`article_id`, `award_id`) SELECT `article_id`, `award_id` FROM `article_mentioned_awards`;
-- Drop "article_mentioned_awards" table after copying rows
DROP TABLE `article_mentioned_awards`;
-- Rename temporary table "new_article_mentioned_awards" to "article_mentioned_awards"
ALTER TABLE `new_article_mentioned_awards` RENAME TO `article_mentioned_awards`;
-- Create index "article_mentioned_awards_award_id" to table: "article_mentioned_awards"
CREATE INDEX `article_mentioned_awards_award_id` ON `article_mentioned_awards` (`award_id`, `article_id`);
-- Create "new_article_mentioned_documents" table
CREATE TABLE `new_article_mentioned_documents` (`article_id` integer NOT NULL, `document_id` integer NOT NULL, PRIMARY KEY (`article_id`, `document_id`), CONSTRAINT `article_mentioned_documents_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE, CONSTRAINT `article_mentioned_documents_document_id` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "article_mentioned_documents" to new temporary table "new_article_mentioned_documents"
INSERT INTO `new_article_mentioned_documents` (`article_id`, `document_id`) SELECT `article_id`, `document_id` FROM `article_mentioned_documents`;
-- Drop "article_mentioned_documents" table after copying rows
DROP TABLE `article_mentioned_documents`;
-- Rename temporary table "new_article_mentioned_documents" to "article_mentioned_documents"
ALTER TABLE `new_article_mentioned_documents` RENAME TO `article_mentioned_documents`;
-- Create index "article_mentioned_documents_document_id" to table: "article_mentioned_documents"
CREATE INDEX `article_mentioned_documents_document_id` ON `article_mentioned_documents` (`document_id`, `article_id`);
-- Create "new_award_recipient_people" table
CREATE TABLE `new_award_recipient_people` (`award_id` integer NOT NULL, `person_id` integer NOT NULL, PRIMARY KEY (`award_id`, `person_id`), CONSTRAINT `award_recipient_people_award_id` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE CASCADE, CONSTRAINT `award_recipient_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "award_recipient_people" to new temporary table "new_award_recipient_people"
INSERT INTO `new_award_recipient_people` (`award_id`, `person_id`) SELECT `award_id`, `person_id` FROM `award_recipient_people`;
-- Drop "award_recipient_people" table after copying rows
DROP TABLE `award_recipient_people`;
-- Rename temporary table "new_award_recipient_people" to "award_recipient_people"
ALTER TABLE `new_award_recipient_people` RENAME TO `award_recipient_people`;
-- Create index "award_recipient_people_person_id" to table: "award_recipient_people"
CREATE INDEX `award_recipient_people_person_id` ON `award_recipient_people` (`person_id`, `award_id`);
-- Create "new_award_recipient_organizations" table
CREATE TABLE `new_award_recipient_organizations` (`award_id` integer NOT NULL, `organization_id` integer NOT NULL, PRIMARY KEY (`award_id`, `organization_id`), CONSTRAINT `award_recipient_organizations_award_id` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE CASCADE, CONSTRAINT `award_recipient_organizations_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "award_recipient_organizations" to new temporary table "new_award_recipient_organizations"
INSERT INTO `new_award_recipient_organizations` (`award_id`, `organization_id`) SELECT `award_id`, `organization_id` FROM `award_recipient_organizations`;
-- Drop "award_recipient_organizations" table after copying rows
DROP TABLE `award_recipient_organizations`;
-- Rename temporary table "new_award_recipient_organizations" to "award_recipient_organizations"
ALTER TABLE `new_award_recipient_organizations` RENAME TO `award_recipient_organizations`;
-- Create index "award_recipient_organizations_organization_id" to table: "award_recipient_organizations"
CREATE INDEX `award_recipient_organizations_organization_id` ON `award_recipient_organizations` (`organization_id`, `award_id`);
-- Create "new_award_for_documents" table
CREATE TABLE `new_award_for_documents` (`award_id` integer NOT NULL, `document_id` integer NOT NULL, PRIMARY KEY (`award_id`, `document_id`), CONSTRAINT `award_for_documents_award_id` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE CASCADE, CONSTRAINT `award_for_documents_document_id` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "award_for_documents" to new temporary table "new_award_for_documents"
INSERT INTO `new_award_for_documents` (`award_id`, `document_id`) SELECT `award_id`, `document_id` FROM `award_for_documents`;
-- Drop "award_for_documents" table after copying rows
DROP TABLE `award_for_documents`;
-- Rename temporary table "new_award_for_documents" to "award_for_documents"
ALTER TABLE `new_award_for_documents` RENAME TO `award_for_documents`;
-- Create index "award_for_documents_document_id" to table: "award_for_documents"
CREATE INDEX `award_for_documents_document_id` ON `award_for_documents` (`document_id`, `award_id`);
-- Create "new_tag_articles" table
CREATE TABLE `new_tag_articles` (`tag_id` integer NOT NULL, `article_id` integer NOT NULL, PRIMARY KEY (`tag_id`, `article_id`), CONSTRAINT `tag_articles_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE, CONSTRAINT `tag_articles_article_id` FOREIGN KEY (`article_id`) REFERENCES `articles` (`id`) ON DELETE CASCADE);
-- Copy rows from old table "tag_articles" to new temporary table "new_tag_articles"
INSERT INTO `new_tag_articles` (`tag_id`, `article_id`) SELECT `tag_id`, `article_id` FROM `tag_articles`;
-- Drop "tag_articles" table after copying rows
DROP TABLE `tag_articles`;
-- Rename temporary table "new_tag_articles" to "tag_articles"
ALTER TABLE `new_tag_articles` RENAME TO `tag_articles`;
-- Create index "tag_articles_article_id" to table: "tag_articles"
CREATE INDEX `tag_articles_article_id` ON `tag_articles` (`article_id`, `tag_id`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
