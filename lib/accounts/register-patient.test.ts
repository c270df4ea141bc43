import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { patients, psychiatrists, users } from "@/db/schema";
import { createPatient, createPsychiatrist, patientInput } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { approvePsychiatrist } from "./approve-psychiatrist";
import { EMAIL_TAKEN, NO_PSYCHIATRIST_AVAILABLE } from "./messages";
import { hashPassword } from "@/lib/auth/password";
import { createPatientAccount, registerPatient } from "./register-patient";

async function caseloads(): Promise<Map<number, number>> {
  const rows = await getDb()
    .select({ id: patients.psychiatristId, n: count() })
    .from(patients)
    .groupBy(patients.psychiatristId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

async function patientRow(result: Awaited<ReturnType<typeof registerPatient>>) {
  if (!result.ok) throw new Error(result.message);
  const [row] = await getDb().select().from(patients).where(eq(patients.userId, result.data!.userId));
  return row;
}

async function userCount(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(users);
  return Number(row.n);
}

describe("registerPatient", () => {
  beforeEach(resetDatabase);

  it("refuses plainly and writes nothing when no psychiatrist can take patients", async () => {
    await createPsychiatrist({ approved: false });
    const before = await userCount();

    const result = await registerPatient(patientInput());

    expect(result).toEqual({ ok: false, message: NO_PSYCHIATRIST_AVAILABLE, fieldErrors: {} });
    expect(await userCount()).toBe(before);
    expect((await caseloads()).size).toBe(0);
  });

  it("skips psychiatrists who are not accepting new patients or are disabled", async () => {
    const notAccepting = await createPsychiatrist();
    const disabled = await createPsychiatrist();
    const open = await createPsychiatrist();
    await getDb().update(psychiatrists).set({ acceptingNewPatients: false }).where(eq(psychiatrists.userId, notAccepting));
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, disabled));

    const { psychiatristId } = await createPatient();

    expect(psychiatristId).toBe(open);
  });

  it("stores the patient with their details and assigns them", async () => {
    const psychiatristId = await createPsychiatrist();
    const input = patientInput({ medicalNotes: "Asthma" });

    const result = await registerPatient(input);

    expect(result.ok).toBe(true);
    const [row] = await getDb()
      .select()
      .from(users)
      .innerJoin(patients, eq(patients.userId, users.id))
      .where(eq(users.email, input.email));
    expect(row.users).toMatchObject({ role: "patient", status: "active", phone: input.phone, timezone: "Europe/London" });
    expect(row.users.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.patients).toMatchObject({ psychiatristId, postcode: "SW1A 1AA", medicalNotes: "Asthma" });
  });

  it("stores the emergency contact and the daily reminder", async () => {
    await createPsychiatrist();
    const input = patientInput({ emergencyContactName: "Sam Jones", emergencyContactPhone: "+447911123456", remindersOptIn: true, reminderTime: "07:30" });

    const result = await registerPatient(input);

    expect(await patientRow(result)).toMatchObject({
      emergencyContactName: "Sam Jones",
      emergencyContactPhone: "+447911123456",
      remindersOptIn: true,
      reminderTime: "07:30",
    });
  });

  it("stores no contact and no reminders when those choices are left out, as the demo seed does", async () => {
    await createPsychiatrist();
    const { emergencyContactName: _name, emergencyContactPhone: _phone, remindersOptIn: _optIn, reminderTime: _time, ...seedLike } = patientInput();

    const result = await registerPatient(seedLike);

    expect(await patientRow(result)).toMatchObject({ emergencyContactName: null, emergencyContactPhone: null, remindersOptIn: false, reminderTime: null });
  });

  it("goes to the psychiatrist with the fewest patients, ties to the earliest approved", async () => {
    const second = await createPsychiatrist({ approved: false });
    const first = await createPsychiatrist({ approved: false });
    // Approved in the opposite order to their ids, so approval time, not id, must decide.
    expect(first).toBeGreaterThan(second);
    await approvePsychiatrist(first, null);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await approvePsychiatrist(second, null);

    const assigned = [];
    for (let i = 0; i < 4; i++) assigned.push((await createPatient()).psychiatristId);

    expect(assigned).toEqual([first, second, first, second]);
  });

  it("refuses a second account with the same email whatever its case, with a field message", async () => {
    await createPsychiatrist();
    await createPatient({ email: "same.person@example.test" });
    const before = await userCount();

    const result = await registerPatient(patientInput({ email: "Same.Person@Example.TEST" }));

    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [EMAIL_TAKEN] } });
    expect(await userCount()).toBe(before);
  });

  it("lets exactly one of two racing registrations with one email succeed", async () => {
    await createPsychiatrist();
    const racers = Array.from({ length: 6 }, (_, i) => patientInput({ email: i % 2 ? "racer@example.test" : "RACER@example.test" }));

    const hash = await hashPassword("a-long-test-password");
    const results = await Promise.all(racers.map((input) => createPatientAccount(input, hash)));

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ fieldErrors: { email: [EMAIL_TAKEN] } });
    const [row] = await getDb().select({ n: count() }).from(users).where(eq(users.emailKey, "racer@example.test"));
    expect(Number(row.n)).toBe(1);
  });

  it("keeps caseloads within one of each other under 50 concurrent registrations", async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await createPsychiatrist());

    // One hash for all, so the 50 transactions really do start together.
    const hash = await hashPassword("a-long-test-password");
    const results = await Promise.all(Array.from({ length: 50 }, () => createPatientAccount(patientInput(), hash)));

    expect(results.every((r) => r.ok)).toBe(true);
    const loads = await caseloads();
    const sizes = ids.map((id) => loads.get(id) ?? 0);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(50);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
});
