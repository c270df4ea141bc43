import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { EMAIL_TAKEN } from "@/lib/accounts/messages";
import { SAVE_FAILED } from "@/lib/forms/action-result";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { patientRow, postedProfile, psychiatristRow } from "@/lib/testing/account-profile";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount } from "@/lib/testing/outbox";
import { auditTrail, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the action must do the rest itself.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.71" }) }));
// Outside a request Next has no router to refresh; that the action asks for it is checked below.
const refresh = vi.hoisted(() => ({ calls: 0 }));
vi.mock("next/cache", () => ({ refresh: () => void refresh.calls++ }));
// The database going away mid-save is simulated by making the next save throw.
const failNextSave = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/accounts/profile/update-own-profile", async (load) => {
  const actual = await load<typeof import("@/lib/accounts/profile/update-own-profile")>();
  return {
    updateOwnProfile: (...args: Parameters<typeof actual.updateOwnProfile>) => {
      if (!failNextSave.on) return actual.updateOwnProfile(...args);
      failNextSave.on = false;
      return Promise.reject(new Error("connection lost"));
    },
  };
});
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { saveProfileAction } = await import("./actions");

const signInAs = (userId: number, role: string, sessionVersion = 1) => (session.current = { userId, role, sessionVersion, sessionId: TEST_SESSION_ID });
const save = async (userId: number, changes: Record<string, string | undefined> = {}) => saveProfileAction(null, formData(await postedProfile(userId, changes)));

describe("saveProfileAction", () => {
  let psychiatrist: number;
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    psychiatrist = await createPsychiatrist();
    patient = (await createPatient({ firstName: "Riley" })).userId;
    session.current = null;
    failNextSave.on = false;
    refresh.calls = 0;
  });

  it("saves each role's own details and comes back to the page saying so", async () => {
    signInAs(patient, "patient");
    expect(await redirectedTo(save(patient, { phone: "020 7946 0321", emergencyContactName: "Sam", emergencyContactPhone: "07911 123456" }))).toBe("/account?saved=1");
    expect(await userRow(patient)).toMatchObject({ phone: "+442079460321" });
    expect(await patientRow(patient)).toMatchObject({ emergencyContactName: "Sam", emergencyContactPhone: "+447911123456" });

    signInAs(psychiatrist, "psychiatrist");
    expect(await redirectedTo(save(psychiatrist, { acceptingNewPatients: undefined }))).toBe("/account?saved=1");
    expect(await psychiatristRow(psychiatrist)).toMatchObject({ acceptingNewPatients: false });

    const admin = await createAdminAccount();
    signInAs(admin, "admin");
    expect(await redirectedTo(save(admin, { firstName: "Grace" }))).toBe("/account?saved=1");
    expect(await userRow(admin)).toMatchObject({ firstName: "Grace" });

    expect((await auditTrail("account.update")).map((row) => row.actorId)).toEqual([patient, psychiatrist, admin]);
    // The header's name is fetched again after each save.
    expect(refresh.calls).toBe(3);
    expect((await getDb().select({ ip: auditLog.ip }).from(auditLog)).map((row) => row.ip)).toEqual(["192.0.2.71", "192.0.2.71", "192.0.2.71"]);
  });

  it("sends the anonymous, a disabled account and an ended session to sign in, changing nothing", async () => {
    const form = await postedProfile(patient, { firstName: "Changed" });
    expect(await redirectedTo(saveProfileAction(null, formData(form)))).toBe("/login");
    signInAs(patient, "patient", 0);
    expect(await redirectedTo(saveProfileAction(null, formData(form)))).toBe("/login");
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, patient));
    signInAs(patient, "patient");
    expect(await redirectedTo(saveProfileAction(null, formData(form)))).toBe("/login");
    expect(await userRow(patient)).toMatchObject({ firstName: "Riley" });
    expect(await auditTrail("account.update")).toEqual([]);
    expect(refresh.calls).toBe(0);
  });

  it("returns a message per field, a taken email next to Email, and keeps the form when the database fails", async () => {
    signInAs(patient, "patient");
    expect(await save(patient, { phone: "12", postcode: "", emergencyContactName: "Sam" })).toMatchObject({
      ok: false,
      fieldErrors: { phone: [expect.any(String)], postcode: ["Enter your postcode"], emergencyContactPhone: ["Enter your emergency contact's phone number"] },
    });
    const { email: doctorEmail } = await userRow(psychiatrist);
    expect(await save(patient, { email: doctorEmail.toUpperCase() })).toMatchObject({ ok: false, fieldErrors: { email: [EMAIL_TAKEN] } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    failNextSave.on = true;
    expect(await save(patient, { firstName: "Changed" })).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(await userRow(patient)).toMatchObject({ firstName: "Riley" });
  });
});
