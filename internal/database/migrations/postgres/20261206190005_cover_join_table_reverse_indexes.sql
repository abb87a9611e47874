-- Drop index "article_authors_person_id" from table: "article_authors"
DROP INDEX "article_authors_person_id";
-- Create index "article_authors_person_id" to table: "article_authors"
CREATE INDEX "article_authors_person_id" ON "article_authors" ("person_id", "article_id");
-- Drop index "article_mentioned_awards_award_id" from table: "article_mentioned_awards"
DROP INDEX "article_mentioned_awards_award_id";
-- Create index "article_mentioned_awards_award_id" to table: "article_mentioned_awards"
CREATE INDEX "article_mentioned_awards_award_id" ON "article_mentioned_awards" ("award_id", "article_id");
-- Drop index "article_mentioned_documents_document_id" from table: "article_mentioned_documents"
DROP INDEX "article_mentioned_documents_document_id";
-- Create index "article_mentioned_documents_document_id" to table: "article_mentioned_documents"
CREATE INDEX "article_mentioned_documents_document_id" ON "article_mentioned_documents" ("document_id", "article_id");
-- Drop index "article_mentioned_organizations_organization_id" from table: "article_mentioned_organizations"
DROP INDEX "article_mentioned_organizations_organization_id";
-- Create index "article_mentioned_organizations_organization_id" to table: "article_mentioned_organizations"
CREATE INDEX "article_mentioned_organizations_organization_id" ON "article_mentioned_organizations" ("organization_id", "article_id");
-- Drop index "article_mentioned_people_person_id" from table: "article_mentioned_people"
DROP INDEX "article_mentioned_people_person_id";
-- Create index "article_mentioned_people_person_id" to table: "article_mentioned_people"
CREATE INDEX "article_mentioned_people_person_id" ON "article_mentioned_people" ("person_id", "article_id");
-- Drop index "award_for_documents_document_id" from table: "award_for_documents"
DROP INDEX "award_for_documents_document_id";
-- Create index "award_for_documents_document_id" to table: "award_for_documents"
CREATE INDEX "award_for_documents_document_id" ON "award_for_documents" ("document_id", "award_id");
-- Drop index "award_recipient_organizations_organization_id" from table: "award_recipient_organizations"
DROP INDEX "award_recipient_organizations_organization_id";
-- Create index "award_recipient_organizations_organization_id" to table: "award_recipient_organizations"
CREATE INDEX "award_recipient_organizations_organization_id" ON "award_recipient_organizations" ("organization_id", "award_id");
-- Drop index "award_recipient_people_person_id" from table: "award_recipient_people"
DROP INDEX "award_recipient_people_person_id";
-- Create index "award_recipient_people_person_id" to table: "award_recipient_people"
CREATE INDEX "award_recipient_people_person_id" ON "award_recipient_people" ("person_id", "award_id");
-- Drop index "tag_articles_article_id" from table: "tag_articles"
DROP INDEX "tag_articles_article_id";
-- Create index "tag_articles_article_id" to table: "tag_articles"
CREATE INDEX "tag_articles_article_id" ON "tag_articles" ("article_id", "tag_id");
