import { randomBytes } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { endedSessions } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { SESSION_LIMITS } from "./session-lifetime";

/** A new session's id: 128 random bits in hex, so the database's case-insensitive collation cannot blur two apart. */
export function newSessionId(): string {
  return randomBytes(16).toString("hex");
}

const SESSION_ID = /^[0-9a-f]{32}$/;

/**
 * Ends one session of an account, leaving its other devices signed in: a token carrying this id
 * is refused from now on, whichever copy of the cookie it comes from. Ending it again changes
 * nothing and adds nothing to the audit trail.
 */
export async function endSession(actor: Actor, sessionId: string): Promise<void> {
  if (!SESSION_ID.test(sessionId)) return;
  await getDb().transaction(async (tx) => {
    const [ended] = await tx.select({ id: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.sessionId, sessionId)).for("update");
    if (ended) return;
    await tx.insert(endedSessions).values({ sessionId, userId: actor.id });
    await recordAudit(actor, { action: "auth.sign-out", targetType: "user", targetId: actor.id }, tx);
  });
}

/** Whether this session was signed out of; read once per request, as every check on a page asks. */
export const sessionWasEnded = cache(async (sessionId: string): Promise<boolean> => {
  const [row] = await getDb().select({ id: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.sessionId, sessionId)).limit(1);
  return row !== undefined;
});

/** The longest any session can last: after it, every token an ended session could match has expired by itself. */
export const LONGEST_SESSION_SECONDS = Math.max(...Object.values(SESSION_LIMITS).map((limit) => limit.totalSeconds));

// A day more, as ended_at comes from the database's clock and a token's times from the app's.
const KEPT_SECONDS = LONGEST_SESSION_SECONDS + 24 * 60 * 60;

/** Forgets sessions ended longer ago than any session lasts, and a day; the worker runs this. */
export async function forgetExpiredEndedSessions(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - KEPT_SECONDS * 1000);
  const [result] = await getDb().delete(endedSessions).where(lt(endedSessions.endedAt, before));
  return result.affectedRows;
}
