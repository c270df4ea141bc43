import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alertRules, entryReplies, mindfulnessTasks, patientTasks, psychiatrists, settings, users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { alertRow, createAlert } from "@/lib/testing/alerts";
import { createTask } from "@/lib/testing/library";
import { createAdminAccount, outboxRow, queueTestEmail } from "@/lib/testing/outbox";
import { auditTrail, caseloadsOf, danglingReferences, giveCaseload, patientsWithoutActivePsychiatrist, setAccepting, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry, entryRow } from "@/lib/testing/review";
import { removeAccount } from "./remove-account";

/** Every foreign key the schema has, so a new one is noticed here and thought about. */
const FOREIGN_KEYS = [
  "alert_rules.updated_by -> users.id",
  "alerts.acknowledged_by -> users.id",
  "alerts.entry_id -> mood_entries.id",
  "alerts.patient_id -> patients.user_id",
  "alerts.resolved_by -> users.id",
  "email_attempts.email_id -> email_outbox.id",
  "email_outbox.user_id -> users.id",
  "ended_sessions.user_id -> users.id",
  "entry_replies.author_id -> users.id",
  "entry_replies.entry_id -> mood_entries.id",
  "mindfulness_tasks.created_by -> users.id",
  "mood_entries.message_id -> daily_messages.id",
  "mood_entries.patient_id -> patients.user_id",
  "mood_entries.reviewed_by -> users.id",
  "mood_entries.task_id -> mindfulness_tasks.id",
  "mood_entry_revisions.entry_id -> mood_entries.id",
  "patient_tasks.patient_id -> patients.user_id",
  "patient_tasks.pinned_by -> users.id",
  "patient_tasks.task_id -> mindfulness_tasks.id",
  "patients.psychiatrist_id -> psychiatrists.user_id",
  "patients.user_id -> users.id",
  "psychiatrists.approved_by -> users.id",
  "psychiatrists.user_id -> users.id",
  "recovery_codes.user_id -> users.id",
  "settings.updated_by -> users.id",
  "two_factor.user_id -> users.id",
];

describe("removing an account", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  it("removes a psychiatrist who wrote, reviewed and acted: patients spread, their work kept without their name, nothing left pointing at them", async () => {
    const leaving = await createPsychiatrist();
    const a = await createPsychiatrist();
    const b = await createPsychiatrist();
    const theirs = await giveCaseload(leaving, 5);
    await giveCaseload(a, 1);
    await giveCaseload(b, 2);
    // What a psychiatrist leaves behind in every table that can name them.
    const entry = await addEntry(theirs[0], "2026-06-01", 2, { note: "A hard day", reviewedBy: leaving });
    await getDb().insert(entryReplies).values({ entryId: entry, authorId: leaving, text: "I am here for you." });
    const task = await createTask("low", "Their breathing task");
    await getDb().update(mindfulnessTasks).set({ createdBy: leaving }).where(eq(mindfulnessTasks.id, task));
    await getDb().insert(patientTasks).values({ patientId: theirs[1], taskId: task, pinnedBy: leaving });
    const alert = await createAlert({ patientId: theirs[0], entryId: entry, rule: "low_mood", severity: "high", status: "resolved", acknowledgedBy: leaving, acknowledgedAt: new Date(), resolvedBy: leaving, resolvedAt: new Date(), resolution: "Called; safe." });
    const waiting = await queueTestEmail({ userId: leaving, kind: "alert", status: "pending" });
    const sent = await queueTestEmail({ userId: leaving, kind: "alert", status: "sent" });

    expect(await removeAccount({ id: admin, ip: "192.0.2.9" }, leaving)).toEqual({ ok: true, done: "removed", moved: 5 });

    expect(await userRow(leaving)).toBeUndefined();
    expect(await getDb().select().from(psychiatrists).where(eq(psychiatrists.userId, leaving))).toEqual([]);
    expect(await caseloadsOf([a, b])).toEqual({ [a]: 4, [b]: 4 });
    expect(await patientsWithoutActivePsychiatrist()).toEqual([]);
    // Their work stays, without their name.
    expect(await entryRow(entry)).toMatchObject({ reviewedBy: null, reviewedAt: expect.any(Date), note: "A hard day" });
    expect(await getDb().select().from(entryReplies).where(eq(entryReplies.entryId, entry))).toMatchObject([{ authorId: null, text: "I am here for you." }]);
    expect(await getDb().select().from(mindfulnessTasks).where(eq(mindfulnessTasks.id, task))).toMatchObject([{ createdBy: null, active: true }]);
    expect(await getDb().select().from(patientTasks).where(eq(patientTasks.taskId, task))).toMatchObject([{ patientId: theirs[1], pinnedBy: null }]);
    expect(await alertRow(alert)).toMatchObject({ patientId: theirs[0], acknowledgedBy: null, resolvedBy: null, resolution: "Called; safe." });
    expect(await outboxRow(waiting)).toMatchObject({ userId: null, status: "cancelled" });
    expect(await outboxRow(sent)).toMatchObject({ userId: null, status: "sent" });

    const { checked, dangling } = await danglingReferences();
    expect([...checked].sort()).toEqual([...FOREIGN_KEYS].sort());
    expect(dangling).toEqual([]);

    // The audit trail keeps the id it names.
    const trail = await auditTrail();
    expect(trail[0]).toEqual({ actorId: admin, action: "account.remove", outcome: "allowed", targetType: "user", targetId: leaving, patientId: null });
    expect(trail.slice(1).map((r) => [r.action, r.patientId]).sort()).toEqual(theirs.map((id) => ["patient.move", id]).sort());
  });

  it("refuses to remove a psychiatrist whose patients nobody could take, and changes nothing", async () => {
    const only = await createPsychiatrist();
    const notAccepting = await createPsychiatrist();
    await setAccepting(notAccepting, false);
    await giveCaseload(only, 3);
    expect(await removeAccount({ id: admin }, only)).toEqual({ ok: false, reason: "no-psychiatrist" });
    expect(await userRow(only)).toMatchObject({ status: "active" });
    expect(await caseloadsOf([only])).toEqual({ [only]: 3 });
    expect(await auditTrail()).toEqual([]);
  });

  it("removes a pending or a disabled psychiatrist, who have no patients", async () => {
    const pending = await createPsychiatrist({ approved: false });
    const disabled = await createPsychiatrist();
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, disabled));
    expect(await removeAccount({ id: admin }, pending)).toEqual({ ok: true, done: "removed", moved: 0 });
    expect(await removeAccount({ id: admin }, disabled)).toEqual({ ok: true, done: "removed", moved: 0 });
    expect(await userRow(pending)).toBeUndefined();
    expect(await userRow(disabled)).toBeUndefined();
  });

  it("removes another admin, whose approvals and settings stay without their name, but never the last active admin", async () => {
    const other = await createAdminAccount();
    const approved = await createPsychiatrist();
    await getDb().update(psychiatrists).set({ approvedBy: other }).where(eq(psychiatrists.userId, approved));
    await getDb().insert(settings).values({ key: "escalation", value: "60", updatedBy: other });
    await getDb().insert(alertRules).values({ kind: "low_mood", parameters: "{}", updatedBy: other });

    expect(await removeAccount({ id: admin }, other)).toEqual({ ok: true, done: "removed", moved: 0 });
    const [psychiatrist] = await getDb().select().from(psychiatrists).where(eq(psychiatrists.userId, approved));
    expect(psychiatrist).toMatchObject({ approvedBy: null, approvedAt: expect.any(Date) });
    expect(await getDb().select({ by: settings.updatedBy, value: settings.value }).from(settings)).toEqual([{ by: null, value: "60" }]);
    expect(await getDb().select({ by: alertRules.updatedBy }).from(alertRules)).toEqual([{ by: null }]);
    expect((await danglingReferences()).dangling).toEqual([]);

    expect(await removeAccount({ id: admin }, admin)).toEqual({ ok: false, reason: "last-admin" });
    expect(await userRow(admin)).toMatchObject({ status: "active" });
    // A disabled admin is no one's last admin.
    const former = await createAdminAccount({ disabled: true });
    expect(await removeAccount({ id: admin }, former)).toEqual({ ok: true, done: "removed", moved: 0 });
  });

  it("does not remove a patient's account (their clinical record), or one that does not exist", async () => {
    await createPsychiatrist();
    const { userId: patient } = await createPatient();
    expect(await removeAccount({ id: admin }, patient)).toEqual({ ok: false, reason: "not-removable" });
    expect(await userRow(patient)).toMatchObject({ status: "active" });
    expect(await removeAccount({ id: admin }, 987654)).toEqual({ ok: false, reason: "not-found" });
    expect(await auditTrail()).toEqual([]);
  });

  it("refuses anyone but an active admin, auditing the attempt", async () => {
    const doctor = await createPsychiatrist();
    const other = await createPsychiatrist();
    const { userId: patient } = await createPatient();
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const actor of [patient, doctor, disabledAdmin]) {
      expect(await removeAccount({ id: actor }, other)).toEqual({ ok: false, reason: "not-allowed" });
    }
    expect(await userRow(other)).toMatchObject({ status: "active" });
    expect((await auditTrail()).map((r) => [r.actorId, r.action, r.outcome, r.targetId])).toEqual([
      [patient, "account.remove", "denied", other],
      [doctor, "account.remove", "denied", other],
      [disabledAdmin, "account.remove", "denied", other],
    ]);
  });
});
