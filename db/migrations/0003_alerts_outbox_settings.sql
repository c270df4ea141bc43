CREATE TABLE `alert_rules` (
	`kind` enum('concerning_words','low_mood','low_run','sharp_drop','silence') NOT NULL,
	`enabled` boolean NOT NULL DEFAULT true,
	`parameters` text NOT NULL,
	`updated_by` bigint unsigned,
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `alert_rules_kind` PRIMARY KEY(`kind`)
);
--> statement-breakpoint
CREATE TABLE `alerts` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`patient_id` bigint unsigned,
	`entry_id` bigint unsigned,
	`dedupe_key` varchar(100) NOT NULL,
	`rule` enum('concerning_words','low_mood','low_run','sharp_drop','silence') NOT NULL,
	`severity` enum('critical','high','moderate') NOT NULL,
	`reason` varchar(500) NOT NULL,
	`mood` tinyint unsigned,
	`note` varchar(280),
	`entry_date` date,
	`status` enum('open','acknowledged','resolved') NOT NULL DEFAULT 'open',
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`acknowledged_by` bigint unsigned,
	`acknowledged_at` datetime(3),
	`resolved_by` bigint unsigned,
	`resolved_at` datetime(3),
	`resolution` varchar(1000),
	`escalated_at` datetime(3),
	CONSTRAINT `alerts_id` PRIMARY KEY(`id`),
	CONSTRAINT `alerts_dedupe_key` UNIQUE(`dedupe_key`)
);
--> statement-breakpoint
CREATE TABLE `email_attempts` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`email_id` bigint unsigned NOT NULL,
	`at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`outcome` enum('sent','error','unsent') NOT NULL,
	`error` varchar(1000),
	CONSTRAINT `email_attempts_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `email_outbox` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`dedupe_key` varchar(150) NOT NULL,
	`kind` varchar(32) NOT NULL,
	`urgent` boolean NOT NULL DEFAULT false,
	`user_id` bigint unsigned,
	`to_address` varchar(254) NOT NULL,
	`subject` varchar(200) NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text NOT NULL,
	`headers` text,
	`status` enum('pending','sending','sent','failed','unsent','cancelled') NOT NULL DEFAULT 'pending',
	`attempts` smallint unsigned NOT NULL DEFAULT 0,
	`next_attempt_at` datetime(3) DEFAULT CURRENT_TIMESTAMP(3),
	`last_error` varchar(1000),
	`sent_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `email_outbox_id` PRIMARY KEY(`id`),
	CONSTRAINT `email_outbox_dedupe_key` UNIQUE(`dedupe_key`)
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` varchar(64) NOT NULL,
	`value` text NOT NULL,
	`updated_by` bigint unsigned,
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `settings_key` PRIMARY KEY(`key`)
);
--> statement-breakpoint
ALTER TABLE `patients` ADD `reminders_opt_in` boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `patients` ADD `reminder_time` varchar(5);--> statement-breakpoint
ALTER TABLE `alert_rules` ADD CONSTRAINT `alert_rules_updated_by_users_id_fk` FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `alerts` ADD CONSTRAINT `alerts_patient_id_patients_user_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients`(`user_id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `alerts` ADD CONSTRAINT `alerts_entry_id_mood_entries_id_fk` FOREIGN KEY (`entry_id`) REFERENCES `mood_entries`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `alerts` ADD CONSTRAINT `alerts_acknowledged_by_users_id_fk` FOREIGN KEY (`acknowledged_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `alerts` ADD CONSTRAINT `alerts_resolved_by_users_id_fk` FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `email_attempts` ADD CONSTRAINT `email_attempts_email_id_email_outbox_id_fk` FOREIGN KEY (`email_id`) REFERENCES `email_outbox`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `email_outbox` ADD CONSTRAINT `email_outbox_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `settings` ADD CONSTRAINT `settings_updated_by_users_id_fk` FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `alerts_patient_status` ON `alerts` (`patient_id`,`status`);--> statement-breakpoint
CREATE INDEX `alerts_status_created` ON `alerts` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `alerts_entry` ON `alerts` (`entry_id`);--> statement-breakpoint
CREATE INDEX `email_attempts_email` ON `email_attempts` (`email_id`);--> statement-breakpoint
CREATE INDEX `email_outbox_due` ON `email_outbox` (`urgent`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `email_outbox_status` ON `email_outbox` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `email_outbox_user` ON `email_outbox` (`user_id`);--> statement-breakpoint
CREATE INDEX `patients_reminders` ON `patients` (`reminders_opt_in`);