-- Modify "awards" table
ALTER TABLE "awards" ADD COLUMN "recipient_count" bigint NULL, ADD COLUMN "recipient_collectives" bigint NULL, ADD COLUMN "recipient_individuals" bigint NULL;
