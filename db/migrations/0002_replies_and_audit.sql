CREATE TABLE `audit_log` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`actor_id` bigint unsigned,
	`action` varchar(64) NOT NULL,
	`outcome` enum('allowed','denied') NOT NULL DEFAULT 'allowed',
	`target_type` varchar(32),
	`target_id` bigint unsigned,
	`patient_id` bigint unsigned,
	`ip` varchar(64),
	`at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `audit_log_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `entry_replies` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`entry_id` bigint unsigned NOT NULL,
	`author_id` bigint unsigned,
	`text` varchar(500) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`edited_at` datetime(3),
	CONSTRAINT `entry_replies_id` PRIMARY KEY(`id`),
	CONSTRAINT `entry_replies_entry` UNIQUE(`entry_id`)
);
--> statement-breakpoint
ALTER TABLE `entry_replies` ADD CONSTRAINT `entry_replies_entry_id_mood_entries_id_fk` FOREIGN KEY (`entry_id`) REFERENCES `mood_entries`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `entry_replies` ADD CONSTRAINT `entry_replies_author_id_users_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_patient_at` ON `audit_log` (`patient_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_at` ON `audit_log` (`actor_id`,`at`);--> statement-breakpoint
CREATE INDEX `mood_entries_patient_reviewed` ON `mood_entries` (`patient_id`,`reviewed_at`);