import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { endSession, newSessionId } from "./ended-sessions";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, claimsOf, type TestSession } from "@/lib/testing/sessions";

// The session token is Auth.js's business; what is tested here is how MiWell honours it.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("./next-auth", () => ({ auth: async () => session.current }));
const path = vi.hoisted(() => ({ current: null as string | null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(path.current ? { "x-miwell-path": path.current } : {}) }));

// Next's build sets this from next.config.js (experimental.authInterrupts); tests run unbuilt.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const { currentUser, loadSessionUser, requireRole, requireUser } = await import("./current-user");

async function thrown(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
  return "nothing thrown";
}

describe("the signed-in user", () => {
  let patientId: number;
  let pendingId: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    pendingId = await createPsychiatrist({ approved: false });
    patientId = (await createPatient({ firstName: "Robin" })).userId;
    session.current = null;
    path.current = null;
  });

  it("is loaded from the database while the token's session version matches", async () => {
    expect(await loadSessionUser(claimsOf(patientId, 1))).toMatchObject({ id: patientId, role: "patient", firstName: "Robin" });
  });

  it("ends when the session version is bumped (password change, disable, role change)", async () => {
    await getDb().update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, patientId));
    expect(await loadSessionUser(claimsOf(patientId, 1))).toBeNull();
    expect(await loadSessionUser(claimsOf(patientId, 2))).not.toBeNull();
  });

  it("ends when this session was signed out of, leaving the account's other sessions signed in", async () => {
    const [phone, laptop] = [newSessionId(), newSessionId()];
    await endSession({ id: patientId }, laptop);
    expect(await loadSessionUser(claimsOf(patientId, 1, laptop))).toBeNull();
    expect(await loadSessionUser(claimsOf(patientId, 1, phone))).toMatchObject({ id: patientId });
    expect(await loadSessionUser(claimsOf(patientId, 1, ""))).toBeNull();
  });

  it("ends when the account is disabled or gone, or the id is nonsense", async () => {
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, patientId));
    expect(await loadSessionUser(claimsOf(patientId, 1))).toBeNull();
    expect(await loadSessionUser(claimsOf(999_999, 1))).toBeNull();
    expect(await loadSessionUser(claimsOf(Number.NaN, 1))).toBeNull();
    expect(await loadSessionUser(claimsOf(-3, 1))).toBeNull();
  });

  it("is null without a session, and comes from the session otherwise", async () => {
    expect(await currentUser()).toBeNull();
    session.current = { userId: patientId, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID };
    expect(await currentUser()).toMatchObject({ id: patientId });
  });

  it("sends the anonymous to sign-in, coming back to the page they asked for", async () => {
    path.current = "/today?x=1";
    expect(await thrown(requireUser())).toContain("/login?callbackUrl=%2Ftoday%3Fx%3D1");
    path.current = null;
    expect(await thrown(requireUser())).toMatch(/;\/login;/);
  });

  it("refuses another role's page with a 403 and sends a pending psychiatrist to the waiting page", async () => {
    session.current = { userId: patientId, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID };
    expect(await requireRole("patient")).toMatchObject({ id: patientId });
    expect(await thrown(requireRole("psychiatrist"))).toContain("HTTP_ERROR_FALLBACK;403");
    expect(await thrown(requireRole("admin"))).toContain("HTTP_ERROR_FALLBACK;403");

    session.current = { userId: pendingId, role: "psychiatrist", sessionVersion: 1, sessionId: TEST_SESSION_ID };
    expect(await thrown(requireRole("psychiatrist"))).toContain("/awaiting-approval");
  });
});
