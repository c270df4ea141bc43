import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, endedSessions, users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { LONGEST_SESSION_SECONDS, endSession, forgetExpiredEndedSessions, newSessionId, sessionWasEnded } from "./ended-sessions";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("ended sessions", () => {
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patient = (await createPatient()).userId;
  });

  it("gives each session a new 128-bit id", () => {
    const ids = new Set(Array.from({ length: 100 }, newSessionId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it("records a sign-out once, in the audit trail too, and ignores ids no session could have", async () => {
    const session = newSessionId();
    await endSession({ id: patient, ip: "203.0.113.4" }, session);
    await endSession({ id: patient, ip: "203.0.113.4" }, session);
    await endSession({ id: patient }, "' or 1=1 --");
    expect(await sessionWasEnded(session)).toBe(true);
    expect(await getDb().select({ userId: endedSessions.userId }).from(endedSessions)).toEqual([{ userId: patient }]);
    const trail = await getDb().select({ action: auditLog.action, actorId: auditLog.actorId, ip: auditLog.ip }).from(auditLog).where(eq(auditLog.action, "auth.sign-out"));
    expect(trail).toEqual([{ action: "auth.sign-out", actorId: patient, ip: "203.0.113.4" }]);
  });

  it("forgets only sessions ended longer ago than any session lasts (and a day), and goes with the account", async () => {
    expect(LONGEST_SESSION_SECONDS).toBe(30 * 24 * 60 * 60);
    const [old, recent, other] = [newSessionId(), newSessionId(), newSessionId()];
    const now = new Date();
    await getDb()
      .insert(endedSessions)
      .values([
        { sessionId: old, userId: patient, endedAt: new Date(now.getTime() - 32 * DAY_MS) },
        { sessionId: recent, userId: patient, endedAt: new Date(now.getTime() - 30.5 * DAY_MS) },
      ]);
    expect(await forgetExpiredEndedSessions(now)).toBe(1);
    expect(await sessionWasEnded(old)).toBe(false);
    expect(await sessionWasEnded(recent)).toBe(true);
    const admin = await createAdminAccount();
    await endSession({ id: admin }, other);
    await getDb().delete(users).where(eq(users.id, admin));
    expect(await sessionWasEnded(other)).toBe(false);
  });
});
