import type { z } from "zod";
import { alertRules, auditLog, dailyMessages, emailOutbox, entryReplies, alerts, mindfulnessTasks, moodBands, moodEntries, patients, psychiatrists, settings, users } from "@/db/schema";
import { deleteAccountSchema } from "@/lib/accounts/deletion/delete-account-schema";
import { MAX_PASSWORD_LENGTH } from "@/lib/accounts/password-rules";
import { passwordChangeSchema } from "@/lib/accounts/profile/password-change-schema";
import { adminProfileSchema, patientProfileSchema, psychiatristProfileSchema } from "@/lib/accounts/profile/profile-schemas";
import { patientRegistrationSchema, psychiatristRegistrationSchema, signInSchema } from "@/lib/accounts/schemas";
import { rejectionSchema } from "@/lib/admin/approvals/rejection-schema";
import { confirmTwoFactorSchema, enableTwoFactorSchema, signInWithCodeSchema } from "@/lib/auth/two-factor/code-schema";
import { auditFilterSchema, OUTCOMES } from "@/lib/admin/audit/audit-filter";
import { moveSchema } from "@/lib/admin/people/move-schema";
import { messageSchema } from "@/lib/messages/message-schema";
import { checkInSchema } from "@/lib/moods/check-in-schema";
import { replySchema } from "@/lib/review/reply-schema";
import { resolutionSchema } from "@/lib/risk/resolution-schema";
import { DAYS_MAX, DEFAULT_RULES, MAX_GAP_MAX, PHRASE_LENGTH, RULE_SCHEMAS } from "@/lib/risk/rule-parameters";
import { crisisLineSchema, crisisLinesSchema, DEFAULT_CRISIS_LINES } from "@/lib/settings/crisis-line-schema";
import { SETTING_SCHEMAS } from "@/lib/settings/service-settings";
import { taskSchema } from "@/lib/tasks/task-schema";
import { boolean, column, each, integer, json, type Limit, matching, number, oneOf, textUpTo } from "./column-limits";

/**
 * Every schema that reads what a user sent, a valid input in the shape its caller passes (form
 * fields as text, or the values a lib function hands on), and the limits its output must keep.
 * A schema added to lib/ must be added here: schema-table.test.ts fails until it is.
 */
export type SchemaCase = {
  name: string;
  schema: z.ZodType;
  valid: Record<string, unknown> | readonly unknown[] | string | number;
  limits: Readonly<Record<string, Limit>>;
  /** The caller always passes every field (possibly blank), so a missing one is not tried. */
  everyFieldSent?: true;
};

// Passwords are only hashed or compared, never stored: a typed one may be far longer than a new one.
const EXISTING_PASSWORD_MAX = MAX_PASSWORD_LENGTH * 4;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
// What a tel: link dials: nothing a browser could read as anything else.
const DIAL = /^\+?\d+$/;
const LOCAL_DATE_OR_BLANK = /^(\d{4}-\d{2}-\d{2})?$/;
// A two-factor code is only compared, never stored: digits, letters, spaces and hyphens, short.
const CODE = /^[\s\dA-Za-z-]{1,40}$/;
const code = matching(CODE);

const contact = {
  valid: { firstName: "Ada", lastName: "O'Brien-Ng", email: "ada@example.test", phone: "020 7946 0018", timezone: "Europe/London" },
  limits: {
    firstName: column(users.firstName, { noControl: true }),
    lastName: column(users.lastName, { noControl: true }),
    email: column(users.email, { noControl: true }),
    phone: column(users.phone, { noControl: true }),
    timezone: column(users.timezone, { noControl: true }),
  },
};
const newPasswords = {
  valid: { password: "a-long-test-password", confirmPassword: "a-long-test-password" },
  limits: { password: textUpTo(MAX_PASSWORD_LENGTH), confirmPassword: textUpTo(MAX_PASSWORD_LENGTH) },
};
const patientDetails = {
  valid: { postcode: "sw1a1aa", medicalNotes: "Takes sertraline.", emergencyContactName: "Bea", emergencyContactPhone: "020 7946 0123", remindersOptIn: "on", reminderTime: "07:30" },
  limits: {
    postcode: column(patients.postcode, { noControl: true }),
    medicalNotes: column(patients.medicalNotes),
    emergencyContactName: column(patients.emergencyContactName, { noControl: true }),
    emergencyContactPhone: column(patients.emergencyContactPhone, { noControl: true }),
    remindersOptIn: boolean,
    reminderTime: column(patients.reminderTime, { noControl: true }),
  },
};
const psychiatristDetails = {
  valid: { postcode: "M1 1AE", bio: "A psychiatrist who works with adults with anxiety." },
  limits: { postcode: column(psychiatrists.postcode, { noControl: true }), bio: column(psychiatrists.bio) },
};
const crisisLineLimits = {
  name: column(settings.value),
  number: column(settings.value),
  dial: matching(DIAL),
  description: column(settings.value),
};
const mood = integer(1, 7);
const days = integer(1, DAYS_MAX);
const ruleCase = (kind: keyof typeof RULE_SCHEMAS, limits: Record<string, Limit>): SchemaCase => ({
  name: `RULE_SCHEMAS.${kind}`,
  schema: RULE_SCHEMAS[kind],
  valid: { ...DEFAULT_RULES[kind] },
  limits: { "": json(alertRules.parameters), enabled: boolean, ...limits },
});

export const SCHEMA_TABLE: readonly SchemaCase[] = [
  {
    name: "patientRegistrationSchema",
    schema: patientRegistrationSchema,
    valid: { ...contact.valid, ...newPasswords.valid, ...patientDetails.valid },
    limits: { ...contact.limits, ...newPasswords.limits, ...patientDetails.limits },
  },
  {
    name: "psychiatristRegistrationSchema",
    schema: psychiatristRegistrationSchema,
    valid: { ...contact.valid, ...newPasswords.valid, ...psychiatristDetails.valid, registrationNumber: "BACP 012345" },
    limits: { ...contact.limits, ...newPasswords.limits, ...psychiatristDetails.limits, registrationNumber: column(psychiatrists.registrationNumber, { noControl: true }) },
  },
  {
    name: "signInSchema",
    schema: signInSchema,
    valid: { email: "Ada@Example.test", password: "whatever they typed" },
    limits: { email: column(users.email, { noControl: true }), password: textUpTo(EXISTING_PASSWORD_MAX) },
  },
  {
    name: "patientProfileSchema",
    schema: patientProfileSchema,
    valid: { ...contact.valid, ...patientDetails.valid },
    limits: { ...contact.limits, ...patientDetails.limits },
  },
  {
    name: "psychiatristProfileSchema",
    schema: psychiatristProfileSchema,
    valid: { ...contact.valid, ...psychiatristDetails.valid, acceptingNewPatients: "on" },
    limits: { ...contact.limits, ...psychiatristDetails.limits, acceptingNewPatients: boolean },
  },
  { name: "adminProfileSchema", schema: adminProfileSchema, valid: contact.valid, limits: contact.limits },
  {
    name: "passwordChangeSchema",
    schema: passwordChangeSchema,
    valid: { currentPassword: "the-old-password", ...newPasswords.valid },
    limits: { currentPassword: textUpTo(EXISTING_PASSWORD_MAX), ...newPasswords.limits },
  },
  {
    name: "signInWithCodeSchema",
    schema: signInWithCodeSchema,
    valid: { email: "Ada@Example.test", password: "whatever they typed", code: "123 456" },
    limits: { email: column(users.email, { noControl: true }), password: textUpTo(EXISTING_PASSWORD_MAX), code: (value) => (value === undefined ? null : code(value)) },
  },
  {
    name: "enableTwoFactorSchema",
    schema: enableTwoFactorSchema,
    valid: { enrolment: "sealed-enrolment-token", code: "123 456", password: "whatever they typed" },
    limits: { enrolment: textUpTo(1000), code: matching(/^\d{6}$/), password: textUpTo(EXISTING_PASSWORD_MAX) },
  },
  {
    name: "confirmTwoFactorSchema",
    schema: confirmTwoFactorSchema,
    valid: { password: "whatever they typed", code: "abcd-efgh" },
    limits: { password: textUpTo(EXISTING_PASSWORD_MAX), code },
  },
  { name: "deleteAccountSchema", schema: deleteAccountSchema, valid: { password: "whatever they typed" }, limits: { password: textUpTo(EXISTING_PASSWORD_MAX) } },
  {
    name: "checkInSchema",
    schema: checkInSchema,
    valid: { mood: "4", note: "A walk helped.", minutes: "15" },
    limits: { mood, note: column(moodEntries.note), minutes: integer(0, 120) },
  },
  { name: "replySchema", schema: replySchema, valid: { text: "Thank you for telling me." }, limits: { text: column(entryReplies.text) } },
  { name: "resolutionSchema", schema: resolutionSchema, valid: { resolution: "Called her; she is safe." }, limits: { resolution: column(alerts.resolution) } },
  {
    name: "rejectionSchema",
    schema: rejectionSchema,
    valid: { reason: "We could not verify your BACP membership." },
    // Emailed, not stored on its own: it must fit the email's body.
    limits: { reason: column(emailOutbox.textBody) },
  },
  { name: "moveSchema", schema: moveSchema, valid: { psychiatristId: "42" }, limits: { psychiatristId: integer(1, Number.MAX_SAFE_INTEGER) } },
  { name: "messageSchema", schema: messageSchema, valid: { text: "Small steps still move you forward." }, limits: { text: column(dailyMessages.text) } },
  {
    name: "taskSchema",
    schema: taskSchema,
    valid: { title: "Five senses", instructions: "Name five things you can see.", durationMinutes: "5", moodBand: "low" },
    limits: {
      title: column(mindfulnessTasks.title),
      instructions: column(mindfulnessTasks.instructions),
      durationMinutes: integer(1, 65_535),
      moodBand: oneOf(moodBands),
    },
  },
  {
    name: "auditFilterSchema",
    schema: auditFilterSchema,
    valid: { actor: "ada@example.test", patient: "42", action: "alert.resolve", outcome: "denied", from: "2026-01-01", to: "2026-01-31" },
    // parseAuditParams reads each field from the address, an absent one as "".
    everyFieldSent: true,
    // Compared with indexed columns, never stored.
    limits: {
      actor: column(users.email),
      patient: column(users.email),
      action: column(auditLog.action, { noControl: true }),
      outcome: oneOf(["", ...OUTCOMES]),
      from: matching(LOCAL_DATE_OR_BLANK),
      to: matching(LOCAL_DATE_OR_BLANK),
    },
  },
  { name: "crisisLineSchema", schema: crisisLineSchema, valid: { ...DEFAULT_CRISIS_LINES[0] }, limits: { "": json(settings.value), ...crisisLineLimits } },
  {
    name: "crisisLinesSchema (SETTING_SCHEMAS.crisisLines)",
    schema: crisisLinesSchema,
    valid: DEFAULT_CRISIS_LINES.map((line) => ({ ...line })),
    limits: { "": json(settings.value), ...Object.fromEntries(Object.entries(crisisLineLimits).map(([field, limit]) => [`[].${field}`, limit])) },
  },
  { name: "SETTING_SCHEMAS.escalationHours", schema: SETTING_SCHEMAS.escalationHours, valid: 4, limits: { "": number(0.25, 72) } },
  { name: "SETTING_SCHEMAS.alertEmailDetail", schema: SETTING_SCHEMAS.alertEmailDetail, valid: "full", limits: { "": oneOf(["full", "minimal"]) } },
  { name: "SETTING_SCHEMAS.staffTwoFactor", schema: SETTING_SCHEMAS.staffTwoFactor, valid: "optional", limits: { "": oneOf(["optional", "required"]) } },
  { name: "SETTING_SCHEMAS.defaultReminderTime", schema: SETTING_SCHEMAS.defaultReminderTime, valid: "19:00", limits: { "": matching(HH_MM) } },
  ruleCase("concerning_words", {
    phrases: each(textUpTo(PHRASE_LENGTH.max)),
    maxGap: integer(0, MAX_GAP_MAX),
  }),
  ruleCase("low_mood", { atOrBelow: mood }),
  ruleCase("low_run", { days, atOrBelow: mood }),
  ruleCase("sharp_drop", { steps: number(1, 6), days, minEntries: days }),
  ruleCase("silence", { days, lookbackDays: days, minCheckIns: days }),
];
