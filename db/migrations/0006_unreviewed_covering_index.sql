CREATE INDEX `mood_entries_patient_unreviewed` ON `mood_entries` (`patient_id`,`reviewed_at`,`mood`,`entry_date`);--> statement-breakpoint
DROP INDEX `mood_entries_patient_reviewed` ON `mood_entries`;
