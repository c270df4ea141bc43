import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, patients, psychiatrists, users } from "@/db/schema";
import { patientProfileSchema } from "@/lib/accounts/profile/profile-schemas";
import { patientRegistrationSchema, psychiatristRegistrationSchema, signInSchema } from "@/lib/accounts/schemas";
import { parseInput } from "@/lib/forms/action-result";
import { createPatient, createPsychiatrist, TEST_PASSWORD } from "@/lib/testing/accounts";
import { postedProfile } from "@/lib/testing/account-profile";
import { expectFailure, expectLocalRedirect, expectStoredOrRefused, forEachHostileForm, outcomeOf, snapshot } from "@/lib/testing/hostile-actions";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", async () => ({
  ...(await import("@/lib/testing/next-auth-double")).nextAuthDouble(),
  auth: async () => session.current,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.40" }) }));
vi.mock("next/cache", () => ({ refresh: () => {} }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { signInAction } = await import("@/app/(public)/login/actions");
const { registerPatientAction, registerPsychiatristAction } = await import("@/app/(public)/register/actions");
const { unsubscribeAction } = await import("@/app/(public)/unsubscribe/actions");
const { saveProfileAction } = await import("@/app/account/actions");
const { changePasswordAction } = await import("@/app/account/password/actions");
const { deleteAccountAction } = await import("@/app/account/delete/actions");

const WRITTEN = [users, patients, psychiatrists, emailOutbox];
const PERSON = { firstName: "Ada", lastName: "Lovelace", phone: "020 7946 0018", timezone: "Europe/London", password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD };

describe("public and account actions under hostile form data", () => {
  let patient: { userId: number; email: string };
  beforeAll(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patient = await createPatient();
  });
  const asPatient = () => (session.current = { userId: patient.userId, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID });

  it("signInAction refuses a hostile email or password beside its field and never leaves the site", async () => {
    session.current = null;
    await forEachHostileForm({ email: patient.email, password: TEST_PASSWORD, callbackUrl: "/journal" }, async ({ form, fields }) => {
      const expected = parseInput(signInSchema, fields);
      const before = await snapshot(WRITTEN);
      const outcome = await outcomeOf(() => signInAction(null, form));
      if (!expected.ok) expect(expectFailure(outcome, ["email", "password", "callbackUrl"]).fieldErrors).toEqual(expected.fieldErrors);
      else if (outcome.kind === "returned") expectFailure(outcome, ["email", "password"]);
      else expectLocalRedirect(outcome);
      expect(await snapshot(WRITTEN)).toBe(before);
    });
  });

  it("the registration actions store an account exactly as accepted, or refuse it beside its fields", async () => {
    session.current = null;
    for (const [action, schema, valid] of [
      [registerPatientAction, patientRegistrationSchema, { ...PERSON, email: "new.patient@example.test", postcode: "SW1A 1AA", medicalNotes: "", remindersOptIn: "on" }],
      [registerPsychiatristAction, psychiatristRegistrationSchema, { ...PERSON, email: "new.doctor@example.test", postcode: "M1 1AE", registrationNumber: "654321", bio: "A psychiatrist who works with adults with anxiety." }],
    ] as const) {
      await forEachHostileForm(valid, async ({ form, fields }) => {
        const expected = parseInput(schema, fields);
        const before = await snapshot(WRITTEN);
        const outcome = await outcomeOf(() => action(null, form));
        if (!expected.ok) expect(expectFailure(outcome, Object.keys(valid)).fieldErrors).toEqual(expected.fieldErrors);
        if (!expected.ok || outcome.kind === "returned") {
          // Accepted input can still be refused: the email is taken, or this address registered too often.
          expectFailure(outcome, Object.keys(valid));
          expect(await snapshot(WRITTEN)).toBe(before);
          return;
        }
        expectLocalRedirect(outcome);
        const [account] = await getDb().select().from(users).where(eq(users.email, expected.data.email));
        const { firstName, lastName, email, phone, timezone } = expected.data;
        expect(account).toMatchObject({ firstName, lastName, email, phone, timezone });
        // The next run may register the same address again.
        await getDb().delete(patients).where(eq(patients.userId, account.id));
        await getDb().delete(psychiatrists).where(eq(psychiatrists.userId, account.id));
        await getDb().delete(users).where(eq(users.id, account.id));
      });
    }
  });

  it("saveProfileAction stores the patient's details exactly as accepted, or refuses them beside their fields", async () => {
    asPatient();
    const valid = await postedProfile(patient.userId, { medicalNotes: "Takes sertraline." });
    await expectStoredOrRefused({
      valid,
      expected: (fields) => parseInput(patientProfileSchema, fields),
      written: WRITTEN,
      acceptableIn: "medicalNotes",
      run: (form) => saveProfileAction(null, form),
      stored: async ({ firstName, lastName, email, phone, timezone, ...details }) => {
        const [account] = await getDb().select().from(users).innerJoin(patients, eq(patients.userId, users.id)).where(eq(users.id, patient.userId));
        expect(account.users).toMatchObject({ firstName, lastName, email, phone, timezone });
        expect(account.patients).toMatchObject(details);
      },
    });
  });

  it("changePasswordAction and deleteAccountAction refuse hostile passwords beside their fields, changing nothing", async () => {
    asPatient();
    const wrong = "not-the-current-password";
    for (const [action, valid] of [
      [changePasswordAction, { currentPassword: wrong, password: "a-new-long-password", confirmPassword: "a-new-long-password" }],
      [deleteAccountAction, { password: wrong }],
    ] as const) {
      await forEachHostileForm(
        valid,
        async ({ form }) => {
          const before = await snapshot(WRITTEN);
          expectFailure(await outcomeOf(() => action(null, form)), Object.keys(valid));
          expect(await snapshot(WRITTEN)).toBe(before);
        },
        { runs: 10 },
      );
    }
  });

  it("unsubscribeAction with a hostile token changes nothing and says the link is not valid", async () => {
    session.current = null;
    await forEachHostileForm({ token: "x" }, async ({ form }) => {
      const before = await snapshot(WRITTEN);
      expect(expectLocalRedirect(await outcomeOf(() => unsubscribeAction(form)))).toBe("/unsubscribe?invalid=1");
      expect(await snapshot(WRITTEN)).toBe(before);
    });
  });

  it("sends the anonymous to sign in from every account action, changing nothing", async () => {
    session.current = null;
    for (const call of [saveProfileAction, changePasswordAction, deleteAccountAction]) {
      await forEachHostileForm(
        { password: TEST_PASSWORD, currentPassword: TEST_PASSWORD, firstName: "Ada" },
        async ({ form }) => {
          const before = await snapshot(WRITTEN);
          expect(await outcomeOf(() => call(null, form))).toEqual({ kind: "redirect", to: "/login" });
          expect(await snapshot(WRITTEN)).toBe(before);
        },
        { runs: 3 },
      );
    }
  });
});
