import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { emailOutbox } from "@/db/schema";

/**
 * Cancels the email still waiting for an account that is leaving: a reminder, or an alert about
 * a patient who is no longer theirs, must not reach them afterwards. Mail a worker is sending at
 * this moment is left to finish.
 */
export async function cancelWaitingMail(tx: Transaction, userId: number): Promise<void> {
  await tx
    .update(emailOutbox)
    .set({ status: "cancelled", nextAttemptAt: null })
    .where(and(eq(emailOutbox.userId, userId), inArray(emailOutbox.status, ["pending", "failed", "unsent"])));
}
