// Emails for the outbox screens, queued into the e2e database through the app's own outbox and
// then left as the worker leaves them (failed after its last attempt, or unsent), since the run's
// mail catcher accepts everything and the web server has a mail server configured.
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../db/client";
import { emailOutbox } from "../db/schema";
import { MAX_ATTEMPTS } from "../lib/notifications/backoff";
import { addAttempts, queueTestEmail } from "../lib/testing/outbox";

export type StuckEmail = { id: number; subject: string; to: string; text: string; lastError: string };

const REFUSED = "connect ECONNREFUSED 192.0.2.25:587";

/** An email the worker gave up on after its last attempt; `marker` makes its subject unique. */
export async function failedEmail(marker: string): Promise<StuckEmail> {
  const email = {
    subject: `Your check-in reminder (${marker})`,
    to: `e2e.outbox.${marker}@example.com`,
    text: `Hello Casey,\n\nThis is your daily reminder to check in with MiWell. (${marker})`,
    lastError: REFUSED,
  };
  const id = await queueTestEmail({ kind: "reminder", status: "failed", attempts: MAX_ATTEMPTS, ...email });
  await addAttempts(id, [
    { outcome: "error", error: "Greeting never received", at: new Date(Date.now() - 70 * 60_000) },
    { outcome: "error", error: REFUSED, at: new Date(Date.now() - 5 * 60_000) },
  ]);
  return { id, ...email };
}

/** An email kept as unsent, as when the web server had no SMTP_URL. */
export async function unsentEmail(marker: string): Promise<StuckEmail> {
  const email = {
    subject: `A reply to your check-in (${marker})`,
    to: `e2e.outbox.unsent.${marker}@example.com`,
    text: `Your psychiatrist has replied to your check-in. Sign in to MiWell to read it. (${marker})`,
    lastError: "No mail server is configured (SMTP_URL is not set).",
  };
  const id = await queueTestEmail({ kind: "reply", status: "unsent", attempts: 1, ...email });
  await addAttempts(id, [{ outcome: "unsent", error: email.lastError }]);
  return { id, ...email };
}

/**
 * Cancels whichever of these emails a test left failed or unsent (it failed part way, say), so
 * later specs do not see them waiting for an admin.
 */
export async function cancelLeftovers(ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await getDb()
    .update(emailOutbox)
    .set({ status: "cancelled", nextAttemptAt: null })
    .where(and(inArray(emailOutbox.id, [...ids]), inArray(emailOutbox.status, ["failed", "unsent"])));
}

/** The status of one email now, for waiting on the worker. */
export async function emailStatus(id: number): Promise<string | undefined> {
  const [row] = await getDb().select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, id));
  return row?.status;
}
