CREATE TABLE `daily_messages` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`text` varchar(280) NOT NULL,
	`active` boolean NOT NULL DEFAULT true,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `daily_messages_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `mindfulness_tasks` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`title` varchar(120) NOT NULL,
	`instructions` text NOT NULL,
	`duration_minutes` smallint unsigned NOT NULL,
	`mood_band` enum('low','middle','high') NOT NULL,
	`active` boolean NOT NULL DEFAULT true,
	`created_by` bigint unsigned,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `mindfulness_tasks_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `mood_entries` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`patient_id` bigint unsigned NOT NULL,
	`entry_date` date NOT NULL,
	`mood` tinyint unsigned NOT NULL,
	`note` varchar(280),
	`mindfulness_minutes` smallint unsigned NOT NULL DEFAULT 0,
	`task_id` bigint unsigned,
	`task_done_at` datetime(3),
	`message_id` bigint unsigned,
	`reviewed_by` bigint unsigned,
	`reviewed_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `mood_entries_id` PRIMARY KEY(`id`),
	CONSTRAINT `mood_entries_patient_date` UNIQUE(`patient_id`,`entry_date`),
	CONSTRAINT `mood_entries_mood_range` CHECK(mood between 1 and 7),
	CONSTRAINT `mood_entries_minutes_range` CHECK(mindfulness_minutes between 0 and 120)
);
--> statement-breakpoint
CREATE TABLE `mood_entry_revisions` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`entry_id` bigint unsigned NOT NULL,
	`mood` tinyint unsigned NOT NULL,
	`note` varchar(280),
	`mindfulness_minutes` smallint unsigned NOT NULL,
	`revised_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `mood_entry_revisions_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `patient_tasks` (
	`patient_id` bigint unsigned NOT NULL,
	`task_id` bigint unsigned NOT NULL,
	`pinned_by` bigint unsigned,
	`pinned_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `patient_tasks_pk` PRIMARY KEY(`patient_id`,`task_id`)
);
--> statement-breakpoint
ALTER TABLE `mindfulness_tasks` ADD CONSTRAINT `mindfulness_tasks_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mood_entries` ADD CONSTRAINT `mood_entries_patient_id_patients_user_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients`(`user_id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mood_entries` ADD CONSTRAINT `mood_entries_task_id_mindfulness_tasks_id_fk` FOREIGN KEY (`task_id`) REFERENCES `mindfulness_tasks`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mood_entries` ADD CONSTRAINT `mood_entries_message_id_daily_messages_id_fk` FOREIGN KEY (`message_id`) REFERENCES `daily_messages`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mood_entries` ADD CONSTRAINT `mood_entries_reviewed_by_users_id_fk` FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mood_entry_revisions` ADD CONSTRAINT `mood_entry_revisions_entry_id_mood_entries_id_fk` FOREIGN KEY (`entry_id`) REFERENCES `mood_entries`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `patient_tasks` ADD CONSTRAINT `patient_tasks_patient_id_patients_user_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients`(`user_id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `patient_tasks` ADD CONSTRAINT `patient_tasks_task_id_mindfulness_tasks_id_fk` FOREIGN KEY (`task_id`) REFERENCES `mindfulness_tasks`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `patient_tasks` ADD CONSTRAINT `patient_tasks_pinned_by_users_id_fk` FOREIGN KEY (`pinned_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `mindfulness_tasks_band_active` ON `mindfulness_tasks` (`mood_band`,`active`);--> statement-breakpoint
CREATE INDEX `mood_entries_date` ON `mood_entries` (`entry_date`);--> statement-breakpoint
CREATE INDEX `mood_entry_revisions_entry` ON `mood_entry_revisions` (`entry_id`);