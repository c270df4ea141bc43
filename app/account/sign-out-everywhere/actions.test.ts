import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/current-user";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { redirectedTo } from "@/lib/testing/next-auth-double";
import { auditTrail, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, claimsOf, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; signing out is recorded, not performed.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
const signOut = vi.hoisted(() => vi.fn(async (_options: { redirectTo: string }) => {}));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current, signOut }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.78", "x-miwell-path": "/account" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { signOutEverywhereAction } = await import("./actions");

describe("signing out everywhere", () => {
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patient = (await createPatient()).userId;
    session.current = null;
    signOut.mockClear();
  });

  it("ends every session of the account, this browser's too, and records it", async () => {
    session.current = { userId: patient, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID };
    expect(await loadSessionUser(claimsOf(patient, 1))).not.toBeNull();

    await signOutEverywhereAction();

    // Every token issued before (at version 1) is refused from now on.
    expect(await loadSessionUser(claimsOf(patient, 1))).toBeNull();
    expect(await userRow(patient)).toMatchObject({ sessionVersion: 2, status: "active" });
    expect(signOut).toHaveBeenCalledWith({ redirectTo: "/login?signedOut=1" });
    expect(await auditTrail("account.sign-out-everywhere")).toEqual([
      { actorId: patient, action: "account.sign-out-everywhere", outcome: "allowed", targetType: "user", targetId: patient, patientId: patient },
    ]);
  });

  it("sends the anonymous to sign in, changing nothing", async () => {
    expect(await redirectedTo(signOutEverywhereAction())).toBe("/login?callbackUrl=%2Faccount");
    expect(await userRow(patient)).toMatchObject({ sessionVersion: 1 });
    expect(signOut).not.toHaveBeenCalled();
  });

  it("refuses an account disabled since its session began (which has no session left anyway)", async () => {
    session.current = { userId: patient, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID };
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, patient));
    expect(await redirectedTo(signOutEverywhereAction())).toBe("/login?callbackUrl=%2Faccount");
    expect(await userRow(patient)).toMatchObject({ sessionVersion: 1 });
  });
});
