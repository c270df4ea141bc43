import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { auditTrail, setAccepting } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { movePatient } from "./move-patient";

async function psychiatristOf(patientId: number): Promise<number> {
  const [row] = await getDb().select({ id: patients.psychiatristId }).from(patients).where(eq(patients.userId, patientId));
  return row.id;
}

describe("moving a patient", () => {
  let admin: number;
  let from: number;
  let to: number;
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    from = await createPsychiatrist();
    patient = (await createPatient()).userId;
    to = await createPsychiatrist();
  });

  it("moves the patient to another approved psychiatrist, accepting new patients or not, and audits it", async () => {
    await setAccepting(to, false);
    expect(await movePatient({ id: admin, ip: "192.0.2.3" }, patient, to)).toEqual({ ok: true, done: "moved", moved: 0 });
    expect(await psychiatristOf(patient)).toBe(to);
    expect(await auditTrail()).toEqual([
      { actorId: admin, action: "patient.move", outcome: "allowed", targetType: "psychiatrist", targetId: to, patientId: patient },
    ]);
    expect(await movePatient({ id: admin }, patient, to)).toEqual({ ok: true, done: "already-theirs", moved: 0 });
    expect(await auditTrail()).toHaveLength(1);
  });

  it("refuses a pending, disabled or missing psychiatrist, or someone who is not a psychiatrist, and changes nothing", async () => {
    const pending = await createPsychiatrist({ approved: false });
    const disabled = await createPsychiatrist();
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, disabled));
    const otherPatient = (await createPatient()).userId;
    for (const target of [pending, disabled, otherPatient, admin, 987654]) {
      expect(await movePatient({ id: admin }, patient, target)).toEqual({ ok: false, reason: "psychiatrist-unavailable" });
    }
    expect(await psychiatristOf(patient)).toBe(from);
    expect(await auditTrail()).toEqual([]);
  });

  it("answers not-found for someone who is not a patient", async () => {
    expect(await movePatient({ id: admin }, from, to)).toEqual({ ok: false, reason: "not-found" });
    expect(await movePatient({ id: admin }, 987654, to)).toEqual({ ok: false, reason: "not-found" });
  });

  it("refuses anyone but an active admin, auditing the attempt with the patient", async () => {
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const actor of [patient, from, disabledAdmin]) {
      expect(await movePatient({ id: actor }, patient, to)).toEqual({ ok: false, reason: "not-allowed" });
    }
    expect(await psychiatristOf(patient)).toBe(from);
    expect((await auditTrail()).map((r) => [r.actorId, r.outcome, r.targetId, r.patientId])).toEqual([
      [patient, "denied", to, patient],
      [from, "denied", to, patient],
      [disabledAdmin, "denied", to, patient],
    ]);
  });
});
