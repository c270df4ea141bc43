import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getPool } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { TEST_PASSWORD, createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, WINDOW_SECONDS } from "./rate-limit";
import { verifySignIn } from "./verify-sign-in";

describe("verifySignIn", () => {
  let email: string;
  let userId: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    ({ email, userId } = await createPatient());
  });

  it("accepts the right password and returns the account's role and session version", async () => {
    const outcome = await verifySignIn(email, TEST_PASSWORD, "203.0.113.1");
    expect(outcome).toEqual({ ok: true, user: { id: userId, role: "patient", status: "active", sessionVersion: 1 } });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect(await verifySignIn(email, "not-the-password", "203.0.113.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn("nobody@example.test", TEST_PASSWORD, "203.0.113.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("blocks the 6th attempt after 5 failures, even with the right password, and says for how long", async () => {
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) {
      expect(await verifySignIn(email, `wrong-${i}`, `198.51.100.${i}`)).toMatchObject({ reason: "invalid" });
    }
    const sixth = await verifySignIn(email, TEST_PASSWORD, "198.51.100.99");
    expect(sixth).toMatchObject({ ok: false, reason: "locked" });
    const wait = sixth.ok || sixth.reason !== "locked" ? 0 : sixth.retryAfterSeconds;
    expect(wait).toBeGreaterThan(WINDOW_SECONDS - 60);
    expect(wait).toBeLessThanOrEqual(WINDOW_SECONDS);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    for (let i = 0; i < ACCOUNT_ATTEMPTS - 1; i++) await verifySignIn(email, "wrong", "198.51.100.1");
    expect((await verifySignIn(email, TEST_PASSWORD, "198.51.100.1")).ok).toBe(true);
    for (let i = 0; i < ACCOUNT_ATTEMPTS - 1; i++) await verifySignIn(email, "wrong", "198.51.100.2");
    expect((await verifySignIn(email, TEST_PASSWORD, "198.51.100.2")).ok).toBe(true);
  });

  it("blocks an address that fails across many accounts, without locking those accounts elsewhere", async () => {
    for (let i = 0; i < ADDRESS_ATTEMPTS; i++) await verifySignIn(`guess-${i}@example.test`, "wrong", "192.0.2.7");
    expect(await verifySignIn(email, TEST_PASSWORD, "192.0.2.7")).toMatchObject({ ok: false, reason: "locked" });
    expect((await verifySignIn(email, TEST_PASSWORD, "192.0.2.8")).ok).toBe(true);
  });

  it("counts a burst of parallel guesses before checking any, so at most 5 are tried", async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => verifySignIn(email, `guess-${i}`, `198.51.100.${i}`)));
    const tried = outcomes.filter((o) => !o.ok && o.reason === "invalid");
    const locked = outcomes.filter((o) => !o.ok && o.reason === "locked");
    expect(tried).toHaveLength(ACCOUNT_ATTEMPTS);
    expect(locked).toHaveLength(20 - ACCOUNT_ATTEMPTS);
    expect(await verifySignIn(email, TEST_PASSWORD, "198.51.100.200")).toMatchObject({ reason: "locked" });
  });

  it("keeps no email address in the rate-limit table", async () => {
    await verifySignIn(email, "wrong", "198.51.100.1");
    const [rows] = await getPool().query("SELECT `key` FROM rate_limits");
    const keys = (rows as { key: string }[]).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).not.toContain("@");
  });

  it("refuses a disabled account", async () => {
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, userId));
    expect(await verifySignIn(email, TEST_PASSWORD, "203.0.113.1")).toEqual({ ok: false, reason: "disabled" });
  });

  it("records every sign-in, refused or not, with its address, naming the account but never the email typed", async () => {
    await verifySignIn(email, TEST_PASSWORD, "203.0.113.1");
    await verifySignIn(email, "not-the-password", "203.0.113.2");
    await verifySignIn("nobody@example.test", TEST_PASSWORD, "203.0.113.3");
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) await verifySignIn(email, "not-the-password", "203.0.113.4");
    const rows = await getDb().select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rows.slice(0, 3).map((r) => [r.action, r.outcome, r.actorId, r.targetId, r.ip])).toEqual([
      ["auth.sign-in", "allowed", userId, userId, "203.0.113.1"],
      // A refused attempt names the account it aimed at, not as its actor: it may be anyone.
      ["auth.sign-in", "denied", null, userId, "203.0.113.2"],
      ["auth.sign-in", "denied", null, null, "203.0.113.3"],
    ]);
    // The lock itself is recorded too: the sixth try is refused like the five before it.
    expect(rows.slice(3).map((r) => [r.action, r.outcome, r.targetId])).toEqual(Array.from({ length: ACCOUNT_ATTEMPTS }, () => ["auth.sign-in", "denied", userId]));
    expect(JSON.stringify(rows)).not.toContain("nobody@example.test");
  });
});
