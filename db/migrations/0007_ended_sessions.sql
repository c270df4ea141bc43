CREATE TABLE `ended_sessions` (
	`session_id` varchar(32) NOT NULL,
	`user_id` bigint unsigned NOT NULL,
	`ended_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `ended_sessions_session_id` PRIMARY KEY(`session_id`)
);
--> statement-breakpoint
ALTER TABLE `ended_sessions` ADD CONSTRAINT `ended_sessions_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `ended_sessions_ended_at` ON `ended_sessions` (`ended_at`);