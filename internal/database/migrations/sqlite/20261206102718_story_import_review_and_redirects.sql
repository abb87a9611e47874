-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_story_imports" table
CREATE TABLE `new_story_imports` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `content_hash` text NOT NULL, `status` text NOT NULL DEFAULT ('APPLIED'), `title` text NOT NULL DEFAULT (''), `text` text NOT NULL DEFAULT (''), `author` text NOT NULL DEFAULT (''), `published_at` datetime NULL, `source_url` text NOT NULL DEFAULT (''), `extracted` json NULL, `decided_by` text NOT NULL DEFAULT (''), `story_import_article` integer NULL, CONSTRAINT `story_imports_articles_article` FOREIGN KEY (`story_import_article`) REFERENCES `articles` (`id`) ON DELETE SET NULL);
-- Set sequence for "new_story_imports" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_story_imports", 51539607552);
-- Copy rows from old table "story_imports" to new temporary table "new_story_imports"
INSERT INTO `new_story_imports` (`id`, `created_at`, `updated_at`, `content_hash`, `story_import_article`) SELECT `id`, `created_at`, `updated_at`, `content_hash`, `story_import_article` FROM `story_imports`;
-- Drop "story_imports" table after copying rows
DROP TABLE `story_imports`;
-- Rename temporary table "new_story_imports" to "story_imports"
ALTER TABLE `new_story_imports` RENAME TO `story_imports`;
-- Create index "story_imports_content_hash_key" to table: "story_imports"
CREATE UNIQUE INDEX `story_imports_content_hash_key` ON `story_imports` (`content_hash`);
-- Create "redirects" table
CREATE TABLE `redirects` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `node_type` text NOT NULL, `from_id` integer NOT NULL, `from_slug` text NOT NULL, `to_id` integer NOT NULL);
-- Set sequence for "redirects" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("redirects", 73014444032);
-- Create index "redirects_from_id_key" to table: "redirects"
CREATE UNIQUE INDEX `redirects_from_id_key` ON `redirects` (`from_id`);
-- Create index "redirect_node_type_from_slug" to table: "redirects"
CREATE UNIQUE INDEX `redirect_node_type_from_slug` ON `redirects` (`node_type`, `from_slug`);
-- Create index "redirect_to_id" to table: "redirects"
CREATE INDEX `redirect_to_id` ON `redirects` (`to_id`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
