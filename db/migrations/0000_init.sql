CREATE TABLE `patients` (
	`user_id` bigint unsigned NOT NULL,
	`psychiatrist_id` bigint unsigned NOT NULL,
	`postcode` varchar(8) NOT NULL,
	`medical_notes` varchar(500),
	`emergency_contact_name` varchar(200),
	`emergency_contact_phone` varchar(20),
	`assigned_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `patients_user_id` PRIMARY KEY(`user_id`)
);
--> statement-breakpoint
CREATE TABLE `psychiatrists` (
	`user_id` bigint unsigned NOT NULL,
	`registration_number` varchar(16) NOT NULL,
	`postcode` varchar(8) NOT NULL,
	`bio` varchar(1000) NOT NULL,
	`accepting_new_patients` boolean NOT NULL DEFAULT true,
	`approved_at` datetime(3),
	`approved_by` bigint unsigned,
	CONSTRAINT `psychiatrists_user_id` PRIMARY KEY(`user_id`),
	CONSTRAINT `psychiatrists_registration_number_unique` UNIQUE(`registration_number`)
);
--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` varchar(255) NOT NULL,
	`points` int NOT NULL DEFAULT 0,
	`expire` bigint unsigned,
	CONSTRAINT `rate_limits_key` PRIMARY KEY(`key`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`email` varchar(254) NOT NULL,
	`email_key` varchar(254) GENERATED ALWAYS AS (lower(`email`)) STORED,
	`password_hash` varchar(255) NOT NULL,
	`role` enum('patient','psychiatrist','admin') NOT NULL,
	`status` enum('active','pending','disabled') NOT NULL DEFAULT 'active',
	`first_name` varchar(100) NOT NULL,
	`last_name` varchar(100) NOT NULL,
	`phone` varchar(20) NOT NULL,
	`timezone` varchar(64) NOT NULL,
	`session_version` int unsigned NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `users_id` PRIMARY KEY(`id`),
	CONSTRAINT `users_email_key_unique` UNIQUE(`email_key`)
);
--> statement-breakpoint
ALTER TABLE `patients` ADD CONSTRAINT `patients_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `patients` ADD CONSTRAINT `patients_psychiatrist_id_psychiatrists_user_id_fk` FOREIGN KEY (`psychiatrist_id`) REFERENCES `psychiatrists`(`user_id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `psychiatrists` ADD CONSTRAINT `psychiatrists_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `psychiatrists` ADD CONSTRAINT `psychiatrists_approved_by_users_id_fk` FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `patients_psychiatrist` ON `patients` (`psychiatrist_id`);--> statement-breakpoint
CREATE INDEX `users_role_status` ON `users` (`role`,`status`);