import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  datetime,
  index,
  int,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  smallint,
  text,
  tinyint,
  uniqueIndex,
  varchar,
} from "drizzle-orm/mysql-core";

// MariaDB rejects the SQL drizzle emits for serial(); this is the portable equivalent.
const id = () => bigint("id", { mode: "number", unsigned: true }).autoincrement().primaryKey();
const userRef = (name: string) => bigint(name, { mode: "number", unsigned: true });
const now = (name = "created_at") =>
  datetime(name, { mode: "date", fsp: 3 }).notNull().default(sql`CURRENT_TIMESTAMP(3)`);

export const roles = ["patient", "psychiatrist", "admin"] as const;
export const statuses = ["active", "pending", "disabled"] as const;

export const users = mysqlTable(
  "users",
  {
    id: id(),
    email: varchar("email", { length: 254 }).notNull(),
    // The database, not the code, keeps one account per email whatever its case.
    // (MariaDB refuses NOT NULL on a generated column; email itself is NOT NULL.)
    emailKey: varchar("email_key", { length: 254 }).generatedAlwaysAs(sql`lower(\`email\`)`, { mode: "stored" }),
    passwordHash: varchar("password_hash", { length: 255 }).notNull(),
    role: mysqlEnum("role", roles).notNull(),
    status: mysqlEnum("status", statuses).notNull().default("active"),
    firstName: varchar("first_name", { length: 100 }).notNull(),
    lastName: varchar("last_name", { length: 100 }).notNull(),
    phone: varchar("phone", { length: 20 }).notNull(),
    timezone: varchar("timezone", { length: 64 }).notNull(),
    // Bumped on password change, role change, disable or delete: older session tokens stop working.
    sessionVersion: int("session_version", { unsigned: true }).notNull().default(1),
    createdAt: now(),
    updatedAt: datetime("updated_at", { mode: "date", fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`)
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("users_email_key_unique").on(t.emailKey), index("users_role_status").on(t.role, t.status)],
);

export const psychiatrists = mysqlTable(
  "psychiatrists",
  {
    userId: userRef("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "restrict" }),
    registrationNumber: varchar("registration_number", { length: 16 }).notNull(),
    postcode: varchar("postcode", { length: 8 }).notNull(),
    bio: varchar("bio", { length: 1000 }).notNull(),
    acceptingNewPatients: boolean("accepting_new_patients").notNull().default(true),
    approvedAt: datetime("approved_at", { mode: "date", fsp: 3 }),
    approvedBy: userRef("approved_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("psychiatrists_registration_number_unique").on(t.registrationNumber)],
);

export const patients = mysqlTable(
  "patients",
  {
    userId: userRef("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "restrict" }),
    // Never null: registration is refused when no psychiatrist can take the patient.
    psychiatristId: userRef("psychiatrist_id")
      .notNull()
      .references(() => psychiatrists.userId, { onDelete: "restrict" }),
    postcode: varchar("postcode", { length: 8 }).notNull(),
    medicalNotes: varchar("medical_notes", { length: 500 }),
    emergencyContactName: varchar("emergency_contact_name", { length: 200 }),
    emergencyContactPhone: varchar("emergency_contact_phone", { length: 20 }),
    assignedAt: datetime("assigned_at", { mode: "date", fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`),
    // A daily email when they have not checked in by this local time ("HH:MM"; null: the service default).
    remindersOptIn: boolean("reminders_opt_in").notNull().default(false),
    reminderTime: varchar("reminder_time", { length: 5 }),
  },
  (t) => [index("patients_psychiatrist").on(t.psychiatristId), index("patients_reminders").on(t.remindersOptIn)],
);

// Sign-in throttling state, shaped as rate-limiter-flexible's MySQL store expects, kept in the
// database so every web server shares it.
export const rateLimits = mysqlTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: int("points").notNull().default(0),
  expire: bigint("expire", { mode: "number", unsigned: true }),
});

export const moodBands = ["low", "middle", "high"] as const;

export const mindfulnessTasks = mysqlTable(
  "mindfulness_tasks",
  {
    id: id(),
    title: varchar("title", { length: 120 }).notNull(),
    instructions: text("instructions").notNull(),
    durationMinutes: smallint("duration_minutes", { unsigned: true }).notNull(),
    moodBand: mysqlEnum("mood_band", moodBands).notNull(),
    // Tasks patients have been shown are deactivated, never deleted, so their history reads.
    active: boolean("active").notNull().default(true),
    createdBy: userRef("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: now(),
  },
  (t) => [index("mindfulness_tasks_band_active").on(t.moodBand, t.active)],
);

// A task a psychiatrist chose for one patient: it becomes their task of the day when it suits the mood.
export const patientTasks = mysqlTable(
  "patient_tasks",
  {
    patientId: userRef("patient_id")
      .notNull()
      .references(() => patients.userId, { onDelete: "cascade" }),
    taskId: userRef("task_id")
      .notNull()
      .references(() => mindfulnessTasks.id, { onDelete: "cascade" }),
    pinnedBy: userRef("pinned_by").references(() => users.id, { onDelete: "set null" }),
    pinnedAt: datetime("pinned_at", { mode: "date", fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`),
  },
  (t) => [primaryKey({ name: "patient_tasks_pk", columns: [t.patientId, t.taskId] })],
);

export const dailyMessages = mysqlTable("daily_messages", {
  id: id(),
  text: varchar("text", { length: 280 }).notNull(),
  active: boolean("active").notNull().default(true),
  createdAt: now(),
});

export const moodEntries = mysqlTable(
  "mood_entries",
  {
    id: id(),
    patientId: userRef("patient_id")
      .notNull()
      .references(() => patients.userId, { onDelete: "cascade" }),
    // The patient's own calendar day; with the unique index below, one entry per patient per day.
    entryDate: date("entry_date", { mode: "string" }).notNull(),
    mood: tinyint("mood", { unsigned: true }).notNull(),
    note: varchar("note", { length: 280 }),
    mindfulnessMinutes: smallint("mindfulness_minutes", { unsigned: true }).notNull().default(0),
    taskId: userRef("task_id").references(() => mindfulnessTasks.id, { onDelete: "set null" }),
    taskDoneAt: datetime("task_done_at", { mode: "date", fsp: 3 }),
    messageId: userRef("message_id").references(() => dailyMessages.id, { onDelete: "set null" }),
    reviewedBy: userRef("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: datetime("reviewed_at", { mode: "date", fsp: 3 }),
    createdAt: now(),
    updatedAt: datetime("updated_at", { mode: "date", fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`),
  },
  (t) => [
    uniqueIndex("mood_entries_patient_date").on(t.patientId, t.entryDate),
    index("mood_entries_date").on(t.entryDate),
    // The review queue and the caseload's figures: a patient's entries not yet reviewed, with
    // the mood and day they are ordered and counted by, read from the index alone.
    index("mood_entries_patient_unreviewed").on(t.patientId, t.reviewedAt, t.mood, t.entryDate),
    check("mood_entries_mood_range", sql`mood between 1 and 7`),
    check("mood_entries_minutes_range", sql`mindfulness_minutes between 0 and 120`),
  ],
);

// The values an entry had before each edit: the clinical record is never silently rewritten.
export const moodEntryRevisions = mysqlTable(
  "mood_entry_revisions",
  {
    id: id(),
    entryId: userRef("entry_id")
      .notNull()
      .references(() => moodEntries.id, { onDelete: "cascade" }),
    mood: tinyint("mood", { unsigned: true }).notNull(),
    note: varchar("note", { length: 280 }),
    mindfulnessMinutes: smallint("mindfulness_minutes", { unsigned: true }).notNull(),
    // When the values above were replaced.
    revisedAt: now("revised_at"),
  },
  (t) => [index("mood_entry_revisions_entry").on(t.entryId)],
);

// A psychiatrist's reply to an entry: one per entry, editable, with the edit time kept.
export const entryReplies = mysqlTable(
  "entry_replies",
  {
    id: id(),
    entryId: userRef("entry_id")
      .notNull()
      .references(() => moodEntries.id, { onDelete: "cascade" }),
    authorId: userRef("author_id").references(() => users.id, { onDelete: "set null" }),
    text: varchar("text", { length: 500 }).notNull(),
    createdAt: now(),
    editedAt: datetime("edited_at", { mode: "date", fsp: 3 }),
  },
  (t) => [uniqueIndex("entry_replies_entry").on(t.entryId)],
);

// A staff member's second factor: the TOTP secret sealed with a key derived from AUTH_SECRET
// (lib/auth/two-factor/secret-box.ts), and the last time step a code was accepted for, so no
// code is accepted twice. The row exists only while two-factor sign-in is on.
export const twoFactor = mysqlTable("two_factor", {
  userId: userRef("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  sealedSecret: varchar("sealed_secret", { length: 255 }).notNull(),
  lastTimeStep: bigint("last_time_step", { mode: "number", unsigned: true }),
  enabledAt: now("enabled_at"),
});

// Single-use codes for signing in without the authenticator: only their SHA-256 is kept.
export const recoveryCodes = mysqlTable(
  "recovery_codes",
  {
    id: id(),
    userId: userRef("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: varchar("code_hash", { length: 64 }).notNull(),
    usedAt: datetime("used_at", { mode: "date", fsp: 3 }),
  },
  (t) => [uniqueIndex("recovery_codes_user_code").on(t.userId, t.codeHash)],
);

// A session its owner signed out of. The session id travels in the sealed token, so a copy of
// the cookie that outlives the sign-out (a request answered after it, a stolen copy) is refused.
// Rows are forgotten once every token they could match has expired by its own limits.
export const endedSessions = mysqlTable(
  "ended_sessions",
  {
    sessionId: varchar("session_id", { length: 32 }).primaryKey(),
    userId: userRef("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endedAt: now("ended_at"),
  },
  (t) => [index("ended_sessions_ended_at").on(t.endedAt)],
);

// Who did what to whom, and when. Ids are kept without foreign keys so the trail outlives
// the accounts it mentions; the patient's id is what lets staff reads of a record be traced.
export const auditLog = mysqlTable(
  "audit_log",
  {
    id: id(),
    actorId: userRef("actor_id"),
    action: varchar("action", { length: 64 }).notNull(),
    outcome: mysqlEnum("outcome", ["allowed", "denied"]).notNull().default("allowed"),
    targetType: varchar("target_type", { length: 32 }),
    targetId: userRef("target_id"),
    patientId: userRef("patient_id"),
    ip: varchar("ip", { length: 64 }),
    at: now("at"),
  },
  (t) => [
    index("audit_log_at").on(t.at),
    index("audit_log_patient_at").on(t.patientId, t.at),
    index("audit_log_actor_at").on(t.actorId, t.at),
    // The admin's filter by action: a rare action is one indexed read, not a scan of the trail.
    index("audit_log_action_at").on(t.action, t.at),
  ],
);

// Service-wide settings an admin can change (escalation deadline, alert email detail, …), one JSON
// value per key; code holds the defaults, so a missing row means "the default".
export const settings = mysqlTable("settings", {
  key: varchar("key", { length: 64 }).primaryKey(),
  value: text("value").notNull(),
  updatedBy: userRef("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: now("updated_at"),
});

export const ruleKinds = ["concerning_words", "low_mood", "low_run", "sharp_drop", "silence"] as const;
export const severities = ["critical", "high", "moderate"] as const;
export const alertStatuses = ["open", "acknowledged", "resolved"] as const;

// An admin's changes to one alert rule; a kind without a row runs with its defaults.
export const alertRules = mysqlTable("alert_rules", {
  kind: mysqlEnum("kind", ruleKinds).primaryKey(),
  enabled: boolean("enabled").notNull().default(true),
  parameters: text("parameters").notNull(),
  updatedBy: userRef("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: now("updated_at"),
});

// A rule that fired. It keeps its own copy of what raised it, so deleting the entry (or, later,
// the account) does not erase that a patient was at risk and what was done about it.
export const alerts = mysqlTable(
  "alerts",
  {
    id: id(),
    patientId: userRef("patient_id").references(() => patients.userId, { onDelete: "set null" }),
    entryId: userRef("entry_id").references(() => moodEntries.id, { onDelete: "set null" }),
    // One alert per cause: "entry:<id>:<rule>", or "silence:<patient>:<last check-in day>".
    dedupeKey: varchar("dedupe_key", { length: 100 }).notNull(),
    rule: mysqlEnum("rule", ruleKinds).notNull(),
    severity: mysqlEnum("severity", severities).notNull(),
    reason: varchar("reason", { length: 500 }).notNull(),
    mood: tinyint("mood", { unsigned: true }),
    note: varchar("note", { length: 280 }),
    entryDate: date("entry_date", { mode: "string" }),
    status: mysqlEnum("status", alertStatuses).notNull().default("open"),
    createdAt: now(),
    acknowledgedBy: userRef("acknowledged_by").references(() => users.id, { onDelete: "set null" }),
    acknowledgedAt: datetime("acknowledged_at", { mode: "date", fsp: 3 }),
    resolvedBy: userRef("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: datetime("resolved_at", { mode: "date", fsp: 3 }),
    resolution: varchar("resolution", { length: 1000 }),
    escalatedAt: datetime("escalated_at", { mode: "date", fsp: 3 }),
  },
  (t) => [
    uniqueIndex("alerts_dedupe_key").on(t.dedupeKey),
    // A patient's unresolved alerts (caseload, "requires assistance") and their history.
    index("alerts_patient_status").on(t.patientId, t.status),
    // The escalation sweep: open alerts, oldest first.
    index("alerts_status_created").on(t.status, t.createdAt),
    index("alerts_entry").on(t.entryId),
  ],
);

export const emailStatuses = ["pending", "sending", "sent", "failed", "unsent", "cancelled"] as const;

// Every email the service sends, written in the same transaction as what caused it. The worker
// claims due rows (pending, or sending with an expired claim) and records each attempt.
export const emailOutbox = mysqlTable(
  "email_outbox",
  {
    id: id(),
    // One email per cause, e.g. "alert:<id>", "reminder:<patient>:<day>".
    dedupeKey: varchar("dedupe_key", { length: 150 }).notNull(),
    kind: varchar("kind", { length: 32 }).notNull(),
    // Urgent mail (alerts, escalations) is sent before the rest.
    urgent: boolean("urgent").notNull().default(false),
    // Whom it is for, so their mail can be found (and removed with their account).
    userId: userRef("user_id").references(() => users.id, { onDelete: "set null" }),
    toAddress: varchar("to_address", { length: 254 }).notNull(),
    subject: varchar("subject", { length: 200 }).notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    // Extra headers as JSON (List-Unsubscribe and its one-click companion).
    headers: text("headers"),
    status: mysqlEnum("status", emailStatuses).notNull().default("pending"),
    attempts: smallint("attempts", { unsigned: true }).notNull().default(0),
    // When it is next due; while "sending", when the claim runs out and another worker may retry.
    // Null once settled (sent, failed, unsent, cancelled), so the due index holds only live mail.
    nextAttemptAt: datetime("next_attempt_at", { mode: "date", fsp: 3 }).default(sql`CURRENT_TIMESTAMP(3)`),
    lastError: varchar("last_error", { length: 1000 }),
    sentAt: datetime("sent_at", { mode: "date", fsp: 3 }),
    createdAt: now(),
  },
  (t) => [
    uniqueIndex("email_outbox_dedupe_key").on(t.dedupeKey),
    // Workers claim in due order, urgent first, reading (and locking) only the rows they take.
    index("email_outbox_due").on(t.urgent, t.nextAttemptAt),
    index("email_outbox_status").on(t.status, t.createdAt),
    index("email_outbox_user").on(t.userId),
  ],
);

// Each try at sending an email and how it went, for admins reading the outbox.
export const emailAttempts = mysqlTable(
  "email_attempts",
  {
    id: id(),
    emailId: userRef("email_id")
      .notNull()
      .references(() => emailOutbox.id, { onDelete: "cascade" }),
    at: now("at"),
    outcome: mysqlEnum("outcome", ["sent", "error", "unsent"]).notNull(),
    error: varchar("error", { length: 1000 }),
  },
  (t) => [index("email_attempts_email").on(t.emailId)],
);

export type User = typeof users.$inferSelect;
export type Role = (typeof roles)[number];
export type Status = (typeof statuses)[number];
