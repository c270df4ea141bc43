import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";
import { EMAIL_TAKEN, NO_PSYCHIATRIST_AVAILABLE } from "@/lib/accounts/messages";
import { REGISTRATION_LIMITED, REGISTRATIONS_PER_HOUR } from "@/lib/accounts/registration-limit";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { resetDatabase } from "@/lib/testing/reset-database";

const auth = vi.hoisted(() => ({ double: undefined as unknown as ReturnType<typeof import("@/lib/testing/next-auth-double").nextAuthDouble> }));
vi.mock("@/lib/auth/next-auth", async () => {
  const { nextAuthDouble } = await import("@/lib/testing/next-auth-double");
  auth.double = nextAuthDouble();
  return auth.double;
});

const request = vi.hoisted(() => ({ address: "203.0.113.50" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.address }) }));

const { registerPatientAction, registerPsychiatristAction } = await import("./actions");

const person = {
  firstName: "Kim",
  lastName: "Doe",
  email: "Kim.Doe@Example.test",
  password: "a perfectly fine passphrase",
  confirmPassword: "a perfectly fine passphrase",
  phone: "020 7946 0321",
  postcode: "sw1a1aa",
  timezone: "Europe/London",
};

async function userCount() {
  const [row] = await getDb().select({ n: count() }).from(users);
  return Number(row.n);
}

describe("registerPatientAction", () => {
  beforeEach(resetDatabase);

  it("registers, signs the patient in and takes them to today's page", async () => {
    const psychiatristId = await createPsychiatrist();
    expect(await redirectedTo(registerPatientAction(null, formData({ ...person, medicalNotes: "" })))).toBe("/today");
    expect(auth.double.signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ email: "kim.doe@example.test" }));
    const [row] = await getDb().select().from(users).innerJoin(patients, eq(patients.userId, users.id));
    expect(row.users).toMatchObject({ email: "kim.doe@example.test", phone: "+442079460321" });
    expect(row.patients).toMatchObject({ psychiatristId, postcode: "SW1A 1AA", medicalNotes: null });
  });

  it("stores an emergency contact and a daily reminder ticked in the form", async () => {
    await createPsychiatrist();
    const form = formData({ ...person, emergencyContactName: " Sam Jones ", emergencyContactPhone: "07911 123456", remindersOptIn: "on", reminderTime: "07:30" });
    expect(await redirectedTo(registerPatientAction(null, form))).toBe("/today");
    const [row] = await getDb().select().from(patients);
    expect(row).toMatchObject({ emergencyContactName: "Sam Jones", emergencyContactPhone: "+447911123456", remindersOptIn: true, reminderTime: "07:30" });
  });

  it("leaves reminders off and the time to the service when the box is unticked and the time empty", async () => {
    await createPsychiatrist();
    const form = formData({ ...person, emergencyContactName: "", emergencyContactPhone: "", reminderTime: "" });
    expect(await redirectedTo(registerPatientAction(null, form))).toBe("/today");
    const [row] = await getDb().select().from(patients);
    expect(row).toMatchObject({ emergencyContactName: null, emergencyContactPhone: null, remindersOptIn: false, reminderTime: null });
  });

  it("asks for the missing half of an emergency contact next to it, and writes nothing", async () => {
    await createPsychiatrist();
    const before = await userCount();
    const result = await registerPatientAction(null, formData({ ...person, emergencyContactPhone: "07911 123456", reminderTime: "7pm" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { emergencyContactName: ["Enter your emergency contact's name"], reminderTime: ["Enter a time as HH:MM, like 07:30"] },
    });
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual(["emergencyContactName", "reminderTime"]);
    expect(await userCount()).toBe(before);
  });

  it("answers bad input with a message per field and writes nothing", async () => {
    await createPsychiatrist();
    const before = await userCount();
    const result = await registerPatientAction(null, formData({ ...person, email: "nope", phone: "12", postcode: "XYZ", confirmPassword: "other" }));
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(["confirmPassword", "email", "phone", "postcode"]);
    expect(await userCount()).toBe(before);
  });

  it("tells the patient plainly when nobody can take them", async () => {
    expect(await registerPatientAction(null, formData(person))).toEqual({ ok: false, message: NO_PSYCHIATRIST_AVAILABLE, fieldErrors: {} });
  });

  it("refuses an email that is taken", async () => {
    await createPsychiatrist();
    await createPatient({ email: "kim.doe@example.test" });
    expect(await registerPatientAction(null, formData(person))).toMatchObject({ fieldErrors: { email: [EMAIL_TAKEN] } });
  });

  it("sends the new patient to sign in if signing them in fails", async () => {
    await createPsychiatrist();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    auth.double.signIn.mockRejectedValueOnce(new Error("cookie store unavailable"));
    expect(await redirectedTo(registerPatientAction(null, formData(person)))).toBe("/login?registered=1&callbackUrl=%2Ftoday");
    expect(await userCount()).toBe(2);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("refuses more than 20 registrations an hour from one address, and nothing is written", async () => {
    await createPsychiatrist();
    request.address = "192.0.2.44";
    for (let i = 0; i < REGISTRATIONS_PER_HOUR; i++) {
      const form = formData({ ...person, email: `many-${i}@example.test` });
      expect(await redirectedTo(registerPatientAction(null, form))).toBe("/today");
    }
    const before = await userCount();
    expect(await registerPatientAction(null, formData({ ...person, email: "one-more@example.test" }))).toEqual({
      ok: false,
      message: REGISTRATION_LIMITED,
      fieldErrors: {},
    });
    expect(await userCount()).toBe(before);
    request.address = "192.0.2.45";
    expect(await redirectedTo(registerPatientAction(null, formData({ ...person, email: "elsewhere@example.test" })))).toBe("/today");
    request.address = "203.0.113.50";
  });
});

describe("registerPsychiatristAction", () => {
  beforeEach(resetDatabase);

  it("creates a pending account and shows the waiting page", async () => {
    const form = formData({ ...person, registrationNumber: "BACP 0123456", bio: "Twenty years of adult psychiatry in the NHS." });
    expect(await redirectedTo(registerPsychiatristAction(null, form))).toBe("/awaiting-approval");
    const [row] = await getDb().select().from(users);
    expect(row).toMatchObject({ role: "psychiatrist", status: "pending" });
  });

  it("answers bad input with field messages", async () => {
    const result = await registerPsychiatristAction(null, formData({ ...person, registrationNumber: "12", bio: "short" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { registrationNumber: [expect.any(String)], bio: [expect.any(String)] } });
    expect(await userCount()).toBe(0);
  });

  it("refuses a taken email", async () => {
    await createPsychiatrist({ email: "kim.doe@example.test" });
    const form = formData({ ...person, registrationNumber: "7654321", bio: "Twenty years of adult psychiatry in the NHS." });
    expect(await registerPsychiatristAction(null, form)).toMatchObject({ fieldErrors: { email: [EMAIL_TAKEN] } });
  });
});
