import { randomBytes } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
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
 * is refused from now on, whichever copy of the cookie it comes from.
 */
export async function endSession(actor: Actor, sessionId: string): Promise<void> {
  if (!SESSION_ID.test(sessionId)) return;
  await getDb().transaction(async (tx) => {
    // Not INSERT IGNORE: that would also hide a missing account's foreign-key error.
    await tx
      .insert(endedSessions)
      .values({ sessionId, userId: actor.id })
      .onDuplicateKeyUpdate({ set: { sessionId: sql`${endedSessions.sessionId}` } });
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

/** Forgets sessions ended longer ago than any session lasts; the worker runs this. */
export async function forgetExpiredEndedSessions(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - LONGEST_SESSION_SECONDS * 1000);
  const [result] = await getDb().delete(endedSessions).where(lt(endedSessions.endedAt, before));
  return result.affectedRows;
}
