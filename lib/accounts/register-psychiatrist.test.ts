import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { psychiatrists, users } from "@/db/schema";
import { createPatient, createPsychiatrist, patientInput, psychiatristInput } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { approvePsychiatrist } from "./approve-psychiatrist";
import { findUserIdByEmail } from "./find-user";
import { EMAIL_TAKEN, NO_PSYCHIATRIST_AVAILABLE, REGISTRATION_NUMBER_TAKEN } from "./messages";
import { registerPatient } from "./register-patient";
import { registerPsychiatrist } from "./register-psychiatrist";

describe("registerPsychiatrist", () => {
  beforeEach(resetDatabase);

  it("creates a pending account that receives no patients until approved", async () => {
    const result = await registerPsychiatrist(psychiatristInput({ registrationNumber: "0123456" }));
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data!.userId : 0;

    const [row] = await getDb().select().from(users).innerJoin(psychiatrists, eq(psychiatrists.userId, users.id)).where(eq(users.id, id));
    expect(row.users).toMatchObject({ role: "psychiatrist", status: "pending" });
    expect(row.psychiatrists).toMatchObject({ registrationNumber: "0123456", approvedAt: null, acceptingNewPatients: true });
    expect(await registerPatient(patientInput())).toMatchObject({ ok: false, message: NO_PSYCHIATRIST_AVAILABLE });

    expect(await approvePsychiatrist(id, null)).toBe("approved");
    expect((await createPatient()).psychiatristId).toBe(id);
  });

  it("refuses an email any account already has, even a patient's", async () => {
    await createPsychiatrist();
    const patient = await createPatient();
    const result = await registerPsychiatrist(psychiatristInput({ email: patient.email.toUpperCase() }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [EMAIL_TAKEN] } });
  });

  it("lets exactly one of several racing applications with one email succeed", async () => {
    const racers = Array.from({ length: 5 }, (_, i) => psychiatristInput({ email: i % 2 ? "race@example.test" : "RACE@example.test" }));
    const results = await Promise.all(racers.map((input) => registerPsychiatrist(input)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ fieldErrors: { email: [EMAIL_TAKEN] } });
  });

  it("refuses a registration number that is already registered", async () => {
    await createPsychiatrist({ registrationNumber: "555555" });
    const result = await registerPsychiatrist(psychiatristInput({ registrationNumber: "555555" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { registrationNumber: [REGISTRATION_NUMBER_TAKEN] } });
  });
});

describe("approvePsychiatrist", () => {
  beforeEach(resetDatabase);

  it("records who approved and when, once", async () => {
    const adminId = await createPsychiatrist({ approved: true });
    const pending = await createPsychiatrist({ approved: false });
    const before = Date.now();

    expect(await approvePsychiatrist(pending, adminId)).toBe("approved");
    expect(await approvePsychiatrist(pending, adminId)).toBe("already-approved");

    const [row] = await getDb().select().from(psychiatrists).where(eq(psychiatrists.userId, pending));
    expect(row.approvedBy).toBe(adminId);
    expect(row.approvedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("does not approve a disabled account or a non-psychiatrist", async () => {
    const pending = await createPsychiatrist({ approved: false });
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, pending));
    expect(await approvePsychiatrist(pending, null)).toBe("disabled");

    await createPsychiatrist();
    const patient = await createPatient();
    expect(await approvePsychiatrist(patient.userId, null)).toBe("not-found");
  });

  it("finds an account by email whatever its case", async () => {
    const id = await createPsychiatrist({ email: "dr.who@example.test" });
    expect(await findUserIdByEmail("  DR.Who@example.test ")).toBe(id);
    expect(await findUserIdByEmail("nobody@example.test")).toBeNull();
  });
});
