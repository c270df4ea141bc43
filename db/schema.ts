import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  datetime,
  index,
  int,
  mysqlEnum,
  mysqlTable,
  uniqueIndex,
  varchar,
} from "drizzle-orm/mysql-core";

// MariaDB rejects the SQL drizzle emits for serial(); this is the portable equivalent.
const id = () => bigint("id", { mode: "number", unsigned: true }).autoincrement().primaryKey();
const userRef = (name: string) => bigint(name, { mode: "number", unsigned: true });
const now = () => datetime("created_at", { mode: "date", fsp: 3 }).notNull().default(sql`CURRENT_TIMESTAMP(3)`);

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
  },
  (t) => [index("patients_psychiatrist").on(t.psychiatristId)],
);

// Sign-in throttling state, shaped as rate-limiter-flexible's MySQL store expects, kept in the
// database so every web server shares it.
export const rateLimits = mysqlTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: int("points").notNull().default(0),
  expire: bigint("expire", { mode: "number", unsigned: true }),
});

export type User = typeof users.$inferSelect;
export type Role = (typeof roles)[number];
export type Status = (typeof statuses)[number];
