import { and, eq, like, ne } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alerts, auditLog, emailOutbox, entryReplies, moodEntries, moodEntryRevisions, patients, patientTasks, psychiatrists, rateLimits, users } from "@/db/schema";
import { movePatient } from "@/lib/admin/people/move-patient";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { ACCOUNT_ATTEMPTS, accountLimitRowKey, takeSignInAttempt } from "@/lib/auth/rate-limit";
import { checkInToday } from "@/lib/moods/save-entry";
import { queueDueReminders } from "@/lib/notifications/queue-reminders";
import { replyToEntry } from "@/lib/review/replies";
import { escalateOverdueAlerts } from "@/lib/risk/escalate-alerts";
import { resolveAlert } from "@/lib/risk/alert-steps";
import { pinTask } from "@/lib/tasks/pins";
import { createPatient, createPsychiatrist, TEST_PASSWORD } from "@/lib/testing/accounts";
import { alertRow, createAlert } from "@/lib/testing/alerts";
import { createTask } from "@/lib/testing/library";
import { createAdminAccount, outboxRow, queueTestEmail } from "@/lib/testing/outbox";
import { auditTrail, caseloadsOf, danglingReferences, giveCaseload, patientsWithoutActivePsychiatrist, setAccepting, userRow } from "@/lib/testing/people";
import { findPersonalData } from "@/lib/testing/personal-data";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry } from "@/lib/testing/review";
import { ACCOUNT_DELETED, ALERT_REASON_REMOVED } from "./erase-patient";
import { deleteOwnAccount } from "./delete-own-account";

const ADDRESS = "198.51.100.77";
const HOUR = 3_600_000;

// A patient whose every detail is a word nobody else in the database has, so finding one
// anywhere means something of theirs was left behind.
const PERSON = {
  firstName: "Zephyrine",
  lastName: "Quillfeather",
  email: "zephyrine.quillfeather@example.test",
  phone: "+447700900123",
  postcode: "EH1 2NG",
  medicalNotes: "Brivaracetam at night",
  emergencyContactName: "Morwenna Trelawney",
  emergencyContactPhone: "+447700900456",
  remindersOptIn: true,
  reminderTime: "00:00",
};
const NOTES = { first: "Harbourlight: I want to end my life", edited: "Harbourlight again, a little steadier", older: "Quietmarsh walk with the dog" };
const REPLY = "Lanternfish: thank you for telling me, I will call you tomorrow";
const RESOLUTION = "Spoke with Zephyrine and with Morwenna; safe tonight";

const markersOf = (email: string) => [
  PERSON.firstName,
  PERSON.lastName,
  email,
  PERSON.phone,
  PERSON.postcode,
  "Brivaracetam",
  "Trelawney",
  PERSON.emergencyContactPhone,
  "Harbourlight",
  "Quietmarsh",
  "Lanternfish",
  ADDRESS,
  accountLimitRowKey(email),
];

type Built = { patient: number; doctor: number; admin: number; alertIds: number[]; entryId: number };

/**
 * The patient with a history in every table that can hold something of theirs, each written by
 * the code that writes it in the app: check-ins (one edited), a reply, a pin, an alert resolved
 * with a note about them and one left open and escalated, the alert, escalation, handover (a move
 * to another psychiatrist), reply, reminder and an account email, sign-in counters and audit rows with their address.
 */
async function patientWithHistory(): Promise<Built> {
  const admin = await createAdminAccount();
  const doctor = await createPsychiatrist();
  const { userId: patient } = await createPatient(PERSON);
  const twoDaysAgo = new Date(Date.now() - 48 * HOUR);

  const first = await checkInToday(patient, { mood: 1, note: NOTES.first, minutes: 0 }, twoDaysAgo);
  await checkInToday(patient, { mood: 2, note: NOTES.edited, minutes: 5 }, twoDaysAgo);
  await addEntry(patient, "2026-01-05", 4, { note: NOTES.older });
  expect(first.alertIds.length).toBeGreaterThanOrEqual(2);
  const [resolved, ...open] = first.alertIds;
  expect(await resolveAlert({ id: doctor }, resolved, RESOLUTION)).toEqual({ ok: true, changed: true });
  expect(await escalateOverdueAlerts(new Date(Date.now() + 72 * HOUR))).toBe(open.length);

  expect(await replyToEntry({ id: doctor, ip: "192.0.2.10" }, first.entryId, REPLY)).toMatchObject({ ok: true });
  expect(await pinTask({ id: doctor }, patient, await createTask("low"))).toBe("pinned");
  // Moved on to another psychiatrist, who is emailed the alerts still open.
  expect(await movePatient({ id: admin }, patient, await createPsychiatrist())).toMatchObject({ ok: true, done: "moved" });
  expect(await getDb().select().from(emailOutbox).where(like(emailOutbox.dedupeKey, "handover:%"))).toHaveLength(1);
  expect(await queueDueReminders()).toBe(1);
  await queueTestEmail({ userId: patient, kind: "account", to: PERSON.email, subject: "Your MiWell password was changed", text: `Hello ${PERSON.firstName}` });
  await takeSignInAttempt(PERSON.email, ADDRESS);
  // A mistyped password from their address: the trail names them as its target.
  expect(await verifySignIn(PERSON.email, "not their password", ADDRESS)).toEqual({ ok: false, reason: "invalid" });
  await recordAudit({ id: patient, ip: ADDRESS }, { action: "entry.export", patientId: patient });
  return { patient, doctor, admin, alertIds: first.alertIds, entryId: first.entryId };
}

/** What another patient has, which must all still be there after the first one leaves. */
async function bystander(doctor: number) {
  const { userId } = await createPatient({ firstName: "Other" });
  const saved = await checkInToday(userId, { mood: 1, note: "I want to end my life", minutes: 0 });
  return { userId, alertIds: saved.alertIds, entryId: saved.entryId, doctor };
}

async function expectNothingDangling() {
  expect((await danglingReferences()).dangling).toEqual([]);
  expect(await patientsWithoutActivePsychiatrist()).toEqual([]);
}

describe("deleting your own account", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("a patient: everything about them goes in one transaction; alerts stay as anonymous counts; the trail keeps the event by id", async () => {
    const built = await patientWithHistory();
    const other = await bystander(built.doctor);
    const markers = markersOf(PERSON.email);

    // The scan finds them everywhere they are: it would see anything left behind.
    const before = await findPersonalData(markers);
    const where = new Set(before.map((h) => `${h.table}.${h.column}`));
    for (const place of [
      "users.first_name",
      "users.last_name",
      "users.email",
      "users.phone",
      "patients.postcode",
      "patients.medical_notes",
      "patients.emergency_contact_name",
      "patients.emergency_contact_phone",
      "mood_entries.note",
      "mood_entry_revisions.note",
      "entry_replies.text",
      "alerts.note",
      "alerts.resolution",
      "email_outbox.to_address",
      "email_outbox.subject",
      "email_outbox.text_body",
      "email_outbox.html_body",
      "rate_limits.key",
      "audit_log.ip",
    ]) {
      expect(where, place).toContain(place);
    }
    const doctorsAudit = await getDb().select({ id: auditLog.id, ip: auditLog.ip }).from(auditLog).where(eq(auditLog.actorId, built.doctor));

    expect(await deleteOwnAccount({ id: built.patient, ip: ADDRESS }, TEST_PASSWORD, ADDRESS)).toEqual({ ok: true, role: "patient" });

    expect(await findPersonalData(markers)).toEqual([]);
    expect(await userRow(built.patient)).toBeUndefined();
    expect(await getDb().select().from(patients).where(eq(patients.userId, built.patient))).toEqual([]);
    expect(await getDb().select().from(moodEntries).where(eq(moodEntries.patientId, built.patient))).toEqual([]);
    expect(await getDb().select().from(moodEntryRevisions).where(eq(moodEntryRevisions.entryId, built.entryId))).toEqual([]);
    expect(await getDb().select().from(entryReplies).where(eq(entryReplies.entryId, built.entryId))).toEqual([]);
    expect(await getDb().select().from(patientTasks).where(eq(patientTasks.patientId, built.patient))).toEqual([]);
    expect(await getDb().select().from(rateLimits).where(eq(rateLimits.key, accountLimitRowKey(PERSON.email)))).toEqual([]);

    // Every alert is still counted, closed and without anything that says whose it was.
    const kept = await getDb().select().from(alerts).where(ne(alerts.id, other.alertIds[0]));
    const theirs = kept.filter((a) => built.alertIds.includes(a.id));
    expect(theirs).toHaveLength(built.alertIds.length);
    for (const alert of theirs) {
      expect(alert).toMatchObject({
        patientId: null,
        entryId: null,
        status: "resolved",
        resolvedAt: expect.any(Date),
        resolution: ACCOUNT_DELETED,
        reason: ALERT_REASON_REMOVED,
        mood: null,
        note: null,
        entryDate: null,
        dedupeKey: `deleted:${alert.id}`,
      });
    }
    // The one staff resolved keeps who and when; the open ones were closed by the deletion.
    expect(theirs.find((a) => a.id === built.alertIds[0])).toMatchObject({ resolvedBy: built.doctor });
    expect(theirs.filter((a) => a.resolvedBy === null)).toHaveLength(built.alertIds.length - 1);
    // Mail to them and about them is gone; the only mail left is the other patient's alert.
    expect(await getDb().select({ key: emailOutbox.dedupeKey }).from(emailOutbox)).toEqual([{ key: `alert:${other.alertIds[0]}` }]);

    // The trail: the event by their id, no address of theirs anywhere, staff rows as they were.
    const [event] = await auditTrail("account.delete");
    expect(event).toEqual({ actorId: built.patient, action: "account.delete", outcome: "allowed", targetType: "user", targetId: built.patient, patientId: built.patient });
    expect(await getDb().select({ ip: auditLog.ip }).from(auditLog).where(eq(auditLog.actorId, built.patient))).toEqual([{ ip: null }, { ip: null }]);
    expect(await getDb().select({ id: auditLog.id, ip: auditLog.ip }).from(auditLog).where(eq(auditLog.actorId, built.doctor))).toEqual(doctorsAudit);

    // The other patient is untouched.
    expect(await getDb().select({ id: moodEntries.id }).from(moodEntries)).toEqual([{ id: other.entryId }]);
    expect(await getDb().select({ patientId: alerts.patientId, status: alerts.status }).from(alerts).where(eq(alerts.patientId, other.userId))).toEqual(
      other.alertIds.map(() => ({ patientId: other.userId, status: "open" })),
    );
    await expectNothingDangling();
  });

  it("a psychiatrist: their patients are spread by the assignment rule first, their waiting mail cancelled, their work kept without their name", async () => {
    const leaving = await createPsychiatrist();
    const [a, b] = [await createPsychiatrist(), await createPsychiatrist()];
    const theirs = await giveCaseload(leaving, 5);
    await giveCaseload(a, 1);
    await giveCaseload(b, 2);
    const entry = await addEntry(theirs[0], "2026-06-01", 3, { reviewedBy: leaving });
    await getDb().insert(entryReplies).values({ entryId: entry, authorId: leaving, text: "Well done this week." });
    const waiting = await queueTestEmail({ userId: leaving, kind: "alert", status: "pending" });

    expect(await deleteOwnAccount({ id: leaving, ip: "192.0.2.20" }, TEST_PASSWORD, "192.0.2.20")).toEqual({ ok: true, role: "psychiatrist" });

    expect(await userRow(leaving)).toBeUndefined();
    expect(await getDb().select().from(psychiatrists).where(eq(psychiatrists.userId, leaving))).toEqual([]);
    expect(await caseloadsOf([a, b])).toEqual({ [a]: 4, [b]: 4 });
    expect(await getDb().select({ authorId: entryReplies.authorId, text: entryReplies.text }).from(entryReplies)).toEqual([{ authorId: null, text: "Well done this week." }]);
    expect(await outboxRow(waiting)).toMatchObject({ userId: null, status: "cancelled" });
    const trail = await auditTrail();
    expect(trail[0]).toEqual({ actorId: leaving, action: "account.delete", outcome: "allowed", targetType: "user", targetId: leaving, patientId: null });
    // The moves name the psychiatrist who left as the one who made them.
    expect(trail.slice(1).map((r) => [r.actorId, r.action, r.patientId]).sort()).toEqual(theirs.map((id) => [leaving, "patient.move", id]).sort());
    await expectNothingDangling();
  });

  it("a psychiatrist whose patients nobody could take is refused, and nothing is written", async () => {
    const only = await createPsychiatrist();
    const notAccepting = await createPsychiatrist();
    await setAccepting(notAccepting, false);
    await giveCaseload(only, 3);
    expect(await deleteOwnAccount({ id: only }, TEST_PASSWORD, ADDRESS)).toEqual({ ok: false, reason: "no-psychiatrist" });
    expect(await userRow(only)).toMatchObject({ status: "active" });
    expect(await caseloadsOf([only])).toEqual({ [only]: 3 });
    expect(await auditTrail()).toEqual([]);
  });

  it("a psychiatrist awaiting approval withdraws their application", async () => {
    await createPsychiatrist();
    const pending = await createPsychiatrist({ approved: false });
    expect(await deleteOwnAccount({ id: pending }, TEST_PASSWORD, ADDRESS)).toEqual({ ok: true, role: "psychiatrist" });
    expect(await userRow(pending)).toBeUndefined();
    expect((await auditTrail()).map((r) => [r.actorId, r.action])).toEqual([[pending, "account.delete"]]);
    await expectNothingDangling();
  });

  it("an admin may leave while another admin is active, but the last active admin may not", async () => {
    const first = await createAdminAccount();
    const second = await createAdminAccount();
    await createAdminAccount({ disabled: true });
    expect(await deleteOwnAccount({ id: first }, TEST_PASSWORD, ADDRESS)).toEqual({ ok: true, role: "admin" });
    expect(await userRow(first)).toBeUndefined();
    await expectNothingDangling();

    expect(await deleteOwnAccount({ id: second }, TEST_PASSWORD, ADDRESS)).toEqual({ ok: false, reason: "last-admin" });
    expect(await userRow(second)).toMatchObject({ status: "active" });
    expect((await auditTrail()).map((r) => [r.actorId, r.action])).toEqual([[first, "account.delete"]]);
  });

  it("a wrong password, or one tried too often, deletes nothing; neither does a disabled or unknown account", async () => {
    await createPsychiatrist();
    const { userId: patient, email } = await createPatient();
    expect(await deleteOwnAccount({ id: patient }, "not my password", ADDRESS)).toEqual({ ok: false, reason: "wrong-password" });
    for (let i = 1; i < ACCOUNT_ATTEMPTS; i++) await deleteOwnAccount({ id: patient }, "still not it", ADDRESS);
    const locked = await deleteOwnAccount({ id: patient }, TEST_PASSWORD, ADDRESS);
    expect(locked).toMatchObject({ ok: false, reason: "locked", retryAfterSeconds: expect.any(Number) });
    expect(await userRow(patient)).toMatchObject({ email, status: "active" });

    const disabled = await createPsychiatrist();
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, disabled));
    expect(await deleteOwnAccount({ id: disabled }, TEST_PASSWORD, ADDRESS)).toEqual({ ok: false, reason: "not-found" });
    expect(await userRow(disabled)).toMatchObject({ status: "disabled" });
    expect(await deleteOwnAccount({ id: 987654 }, TEST_PASSWORD, ADDRESS)).toEqual({ ok: false, reason: "wrong-password" });
    expect(await auditTrail()).toEqual([]);
  });

  it("two psychiatrists who could only take each other's patients, deleting at once: exactly one goes", async () => {
    const [p1, p2] = [await createPsychiatrist(), await createPsychiatrist()];
    await giveCaseload(p1, 3);
    await giveCaseload(p2, 2);
    const results = await Promise.all([deleteOwnAccount({ id: p1 }, TEST_PASSWORD, ADDRESS), deleteOwnAccount({ id: p2 }, TEST_PASSWORD, ADDRESS)]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, role: "psychiatrist" }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "no-psychiatrist" }]);
    const remaining = results[0].ok ? p2 : p1;
    expect(await caseloadsOf([remaining])).toEqual({ [remaining]: 5 });
    await expectNothingDangling();
  });

  it("a patient deleting twice at once is deleted once; an alert nobody was emailed about is kept as a count too", async () => {
    await createPsychiatrist();
    const { userId: patient } = await createPatient();
    const alert = await createAlert({ patientId: patient, rule: "silence", severity: "moderate" });
    const results = await Promise.all([deleteOwnAccount({ id: patient }, TEST_PASSWORD, ADDRESS), deleteOwnAccount({ id: patient }, TEST_PASSWORD, ADDRESS)]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, role: "patient" }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: expect.stringMatching(/^(not-found|wrong-password)$/) }]);
    expect(await getDb().select().from(auditLog).where(and(eq(auditLog.action, "account.delete"), eq(auditLog.actorId, patient)))).toHaveLength(1);
    expect(await alertRow(alert)).toMatchObject({ patientId: null, status: "resolved", resolution: ACCOUNT_DELETED });
  });
});
