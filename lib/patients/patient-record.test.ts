import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { patientRecordFor } from "./patient-record";

describe("a patient's record as their psychiatrist reads it", () => {
  let drA: number;
  let drB: number;
  let patientOfA: number;
  beforeEach(async () => {
    await resetDatabase();
    drA = await createPsychiatrist();
    drB = await createPsychiatrist();
    patientOfA = (await createPatient({ firstName: "Ada", medicalNotes: "Asthma" })).userId;
    await createPatient();
  });

  it("gives the psychiatrist their own patient's contact details and notes, and audits the read", async () => {
    const record = await patientRecordFor({ id: drA, ip: "203.0.113.1" }, patientOfA);
    expect(record).toMatchObject({ id: patientOfA, firstName: "Ada", medicalNotes: "Asthma", postcode: "SW1A 1AA" });
    const rows = await getDb().select().from(auditLog).where(eq(auditLog.patientId, patientOfA));
    expect(rows).toEqual([
      expect.objectContaining({ actorId: drA, action: "patient.view", outcome: "allowed", ip: "203.0.113.1", targetId: patientOfA }),
    ]);
  });

  it("refuses another psychiatrist and audits the attempt", async () => {
    expect(await patientRecordFor({ id: drB }, patientOfA)).toBeNull();
    const rows = await getDb().select().from(auditLog);
    expect(rows).toEqual([expect.objectContaining({ actorId: drB, action: "patient.view", outcome: "denied", patientId: patientOfA })]);
  });

  it("refuses an id that is no patient at all, and audits it", async () => {
    expect(await patientRecordFor({ id: drA }, drB)).toBeNull();
    expect(await patientRecordFor({ id: drA }, 999_999)).toBeNull();
    expect(await getDb().select().from(auditLog)).toHaveLength(2);
  });
});
