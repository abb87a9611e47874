-- Add column "recipient_count" to table: "awards"
ALTER TABLE `awards` ADD COLUMN `recipient_count` integer NULL;
-- Add column "recipient_collectives" to table: "awards"
ALTER TABLE `awards` ADD COLUMN `recipient_collectives` integer NULL;
-- Add column "recipient_individuals" to table: "awards"
ALTER TABLE `awards` ADD COLUMN `recipient_individuals` integer NULL;
