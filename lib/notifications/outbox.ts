import type { Database, Transaction } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { isDuplicateKey } from "@/lib/db/mysql-errors";

export type OutgoingEmail = {
  /** One email per cause: queuing the same key again does nothing. */
  dedupeKey: string;
  kind: "alert" | "escalation" | "reminder" | "reply" | "account";
  urgent?: boolean;
  userId: number | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

/**
 * Queues an email, inside the caller's transaction so it exists exactly when its cause does.
 * Returns false when an email for this cause was already queued.
 */
export async function queueEmail(db: Database | Transaction, email: OutgoingEmail): Promise<boolean> {
  try {
    await db.insert(emailOutbox).values({
      dedupeKey: email.dedupeKey,
      kind: email.kind,
      urgent: email.urgent ?? false,
      userId: email.userId,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      headers: email.headers ? JSON.stringify(email.headers) : null,
    });
    return true;
  } catch (error) {
    // InnoDB undoes only the failed statement, so the caller's transaction carries on.
    if (isDuplicateKey(error, "email_outbox_dedupe_key")) return false;
    throw error;
  }
}
