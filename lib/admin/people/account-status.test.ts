import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { patients, psychiatrists, users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount, outboxRow, queueTestEmail } from "@/lib/testing/outbox";
import {
  auditTrail,
  caseloadGap,
  caseloadsOf,
  giveCaseload,
  patientsWithoutActivePsychiatrist,
  setAccepting,
  userRow,
} from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { disableAccount, enableAccount } from "./account-status";
import { claimsOf } from "@/lib/testing/sessions";

// loadSessionUser is how every request honours a session; Auth.js itself is not under test.
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));
const { loadSessionUser } = await import("@/lib/auth/current-user");

describe("disabling and enabling an account", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  it("disables a patient: their session ends at once, waiting mail is cancelled, and they keep their psychiatrist", async () => {
    const doctor = await createPsychiatrist();
    const { userId: patient } = await createPatient();
    const reminder = await queueTestEmail({ userId: patient, status: "pending" });
    const sent = await queueTestEmail({ userId: patient, status: "sent" });
    const someoneElses = await queueTestEmail({ status: "pending" });
    expect(await loadSessionUser(claimsOf(patient, 1))).toMatchObject({ id: patient });

    expect(await disableAccount({ id: admin, ip: "192.0.2.1" }, patient)).toEqual({ ok: true, done: "disabled", moved: 0 });
    expect(await userRow(patient)).toMatchObject({ status: "disabled", sessionVersion: 2 });
    expect(await loadSessionUser(claimsOf(patient, 1))).toBeNull();
    // Not even a token minted for the new version works while disabled.
    expect(await loadSessionUser(claimsOf(patient, 2))).toBeNull();
    expect((await outboxRow(reminder)).status).toBe("cancelled");
    expect((await outboxRow(sent)).status).toBe("sent");
    expect((await outboxRow(someoneElses)).status).toBe("pending");
    const [row] = await getDb().select().from(patients).where(eq(patients.userId, patient));
    expect(row.psychiatristId).toBe(doctor);
    expect(await auditTrail()).toEqual([
      { actorId: admin, action: "account.disable", outcome: "allowed", targetType: "user", targetId: patient, patientId: patient },
    ]);

    // Again: nothing more happens.
    expect(await disableAccount({ id: admin }, patient)).toEqual({ ok: true, done: "already-disabled", moved: 0 });
    expect((await userRow(patient)).sessionVersion).toBe(2);
    expect(await auditTrail()).toHaveLength(1);
  });

  it("enables a disabled patient: they sign in afresh, the old session stays ended", async () => {
    await createPsychiatrist();
    const { userId: patient } = await createPatient();
    await disableAccount({ id: admin }, patient);
    expect(await enableAccount({ id: admin }, patient)).toEqual({ ok: true, done: "enabled", moved: 0 });
    expect(await userRow(patient)).toMatchObject({ status: "active", sessionVersion: 2 });
    expect(await loadSessionUser(claimsOf(patient, 1))).toBeNull();
    expect(await loadSessionUser(claimsOf(patient, 2))).toMatchObject({ id: patient, status: "active" });
    expect(await enableAccount({ id: admin }, patient)).toEqual({ ok: true, done: "already-enabled", moved: 0 });
    expect((await auditTrail()).map((r) => [r.action, r.patientId])).toEqual([
      ["account.disable", patient],
      ["account.enable", patient],
    ]);
  });

  it("spreads a disabled psychiatrist's 7 patients over the others (3 and 2) by the rule, so they end within one", async () => {
    const leaving = await createPsychiatrist();
    const three = await createPsychiatrist();
    const two = await createPsychiatrist();
    const moving = await giveCaseload(leaving, 7);
    await giveCaseload(three, 3);
    await giveCaseload(two, 2);

    expect(await disableAccount({ id: admin }, leaving)).toEqual({ ok: true, done: "disabled", moved: 7 });
    expect(await caseloadsOf([leaving, three, two])).toEqual({ [leaving]: 0, [three]: 6, [two]: 6 });
    expect(await patientsWithoutActivePsychiatrist()).toEqual([]);
    expect(await userRow(leaving)).toMatchObject({ status: "disabled", sessionVersion: 2 });

    const trail = await auditTrail();
    expect(trail[0]).toEqual({ actorId: admin, action: "account.disable", outcome: "allowed", targetType: "user", targetId: leaving, patientId: null });
    // One row per patient moved, naming them and where they went; the first went to the emptier caseload.
    const moves = trail.slice(1);
    expect(moves.map((m) => m.patientId).sort()).toEqual([...moving].sort());
    expect(moves.every((m) => m.action === "patient.move" && m.targetType === "psychiatrist")).toBe(true);
    expect(moves[0]).toMatchObject({ patientId: moving[0], targetId: two });
    const [first] = await getDb().select().from(patients).where(eq(patients.userId, moving[0]));
    expect(first.assignedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("spreads only over approved, accepting, active psychiatrists; a non-accepting one can still be disabled", async () => {
    const leaving = await createPsychiatrist();
    const notAccepting = await createPsychiatrist();
    const pending = await createPsychiatrist({ approved: false });
    const disabled = await createPsychiatrist();
    const taker = await createPsychiatrist();
    await giveCaseload(leaving, 3);
    await setAccepting(notAccepting, false);
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, disabled));
    // The one leaving takes no new patients either: that does not stop theirs being spread.
    await setAccepting(leaving, false);

    expect(await disableAccount({ id: admin }, leaving)).toMatchObject({ ok: true, moved: 3 });
    expect(await caseloadsOf([notAccepting, pending, disabled, taker])).toEqual({ [notAccepting]: 0, [pending]: 0, [disabled]: 0, [taker]: 3 });
  });

  it("refuses to disable a psychiatrist whose patients nobody else could take, and changes nothing", async () => {
    const only = await createPsychiatrist();
    const notAccepting = await createPsychiatrist();
    await setAccepting(notAccepting, false);
    await createPsychiatrist({ approved: false });
    const theirs = await giveCaseload(only, 2);
    const mail = await queueTestEmail({ userId: only, status: "pending" });

    expect(await disableAccount({ id: admin }, only)).toEqual({ ok: false, reason: "no-psychiatrist" });
    expect(await userRow(only)).toMatchObject({ status: "active", sessionVersion: 1 });
    expect(await caseloadsOf([only])).toEqual({ [only]: theirs.length });
    expect((await outboxRow(mail)).status).toBe("pending");
    expect(await auditTrail()).toEqual([]);
  });

  it("disables a psychiatrist without patients, pending or approved, even when nobody else could take patients", async () => {
    const pending = await createPsychiatrist({ approved: false });
    const idle = await createPsychiatrist();
    expect(await disableAccount({ id: admin }, pending)).toEqual({ ok: true, done: "disabled", moved: 0 });
    expect(await disableAccount({ id: admin }, idle)).toEqual({ ok: true, done: "disabled", moved: 0 });
  });

  it("re-enables a psychiatrist without moving patients back; one never approved goes back to awaiting approval", async () => {
    const leaving = await createPsychiatrist();
    const other = await createPsychiatrist();
    await giveCaseload(leaving, 2);
    await disableAccount({ id: admin }, leaving);
    expect(await enableAccount({ id: admin }, leaving)).toEqual({ ok: true, done: "enabled", moved: 0 });
    expect(await userRow(leaving)).toMatchObject({ status: "active" });
    expect(await caseloadsOf([leaving, other])).toEqual({ [leaving]: 0, [other]: 2 });
    // Back among the candidates: the next patient goes to them.
    expect((await createPatient()).psychiatristId).toBe(leaving);

    const pending = await createPsychiatrist({ approved: false });
    await disableAccount({ id: admin }, pending);
    expect(await enableAccount({ id: admin }, pending)).toEqual({ ok: true, done: "enabled-pending", moved: 0 });
    expect(await userRow(pending)).toMatchObject({ status: "pending" });
    const [row] = await getDb().select().from(psychiatrists).where(eq(psychiatrists.userId, pending));
    expect(row.approvedAt).toBeNull();
  });

  it("never disables the last active admin, and lets an admin disable another (or themselves while another remains)", async () => {
    expect(await disableAccount({ id: admin }, admin)).toEqual({ ok: false, reason: "last-admin" });
    expect(await userRow(admin)).toMatchObject({ status: "active", sessionVersion: 1 });

    const second = await createAdminAccount();
    const formerAdmin = await createAdminAccount({ disabled: true });
    expect(await disableAccount({ id: admin }, second)).toEqual({ ok: true, done: "disabled", moved: 0 });
    // A disabled admin does not count: the one left is the last.
    expect(await disableAccount({ id: admin }, admin)).toEqual({ ok: false, reason: "last-admin" });
    expect(await enableAccount({ id: admin }, formerAdmin)).toEqual({ ok: true, done: "enabled", moved: 0 });
    expect(await disableAccount({ id: admin }, admin)).toEqual({ ok: true, done: "disabled", moved: 0 });
    expect(await loadSessionUser(claimsOf(admin, 1))).toBeNull();
    expect((await auditTrail()).map((r) => [r.actorId, r.action, r.targetId])).toEqual([
      [admin, "account.disable", second],
      [admin, "account.enable", formerAdmin],
      [admin, "account.disable", admin],
    ]);
  });

  it("answers not-found for an account that does not exist", async () => {
    expect(await disableAccount({ id: admin }, 987654)).toEqual({ ok: false, reason: "not-found" });
    expect(await enableAccount({ id: admin }, 987654)).toEqual({ ok: false, reason: "not-found" });
  });

  it("refuses patients, psychiatrists and disabled admins, auditing each attempt, and changes nothing", async () => {
    const doctor = await createPsychiatrist();
    const other = await createPsychiatrist();
    await giveCaseload(doctor, 2);
    const { userId: patient } = await createPatient();
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const actor of [patient, doctor, disabledAdmin, 424242]) {
      expect(await disableAccount({ id: actor }, other)).toEqual({ ok: false, reason: "not-allowed" });
      expect(await disableAccount({ id: actor }, admin)).toEqual({ ok: false, reason: "not-allowed" });
      expect(await enableAccount({ id: actor }, disabledAdmin)).toEqual({ ok: false, reason: "not-allowed" });
    }
    expect(await userRow(other)).toMatchObject({ status: "active", sessionVersion: 1 });
    expect(await userRow(disabledAdmin)).toMatchObject({ status: "disabled" });
    expect(await caseloadGap([doctor])).toBe(0);
    const trail = await auditTrail();
    expect(trail).toHaveLength(12);
    expect(trail.every((r) => r.outcome === "denied")).toBe(true);
    expect(trail.slice(0, 3)).toEqual([
      { actorId: patient, action: "account.disable", outcome: "denied", targetType: "user", targetId: other, patientId: null },
      { actorId: patient, action: "account.disable", outcome: "denied", targetType: "user", targetId: admin, patientId: null },
      { actorId: patient, action: "account.enable", outcome: "denied", targetType: "user", targetId: disabledAdmin, patientId: null },
    ]);
  });
});
