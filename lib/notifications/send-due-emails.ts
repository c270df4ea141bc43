import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailAttempts, emailOutbox } from "@/db/schema";
import { appUrl } from "./app-url";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import type { Mailer } from "./mailer";

type EmailRow = typeof emailOutbox.$inferSelect;

export type SendOptions = {
  /** null when no SMTP server is configured: due mail is marked unsent, kept for admins. */
  mailer: Mailer | null;
  now?: () => Date;
  batchSize?: number;
  /** How long a claim lasts: a worker that dies mid-send leaves its rows to others after this. */
  claimMs?: number;
};

export type SendReport = { sent: number; retrying: number; failed: number; unsent: number };

export const NO_MAIL_SERVER = "No mail server is configured (SMTP_URL is not set).";
const DEFAULT_CLAIM_MS = 2 * 60_000;

/**
 * Claims a batch of due emails and sends them. The claim is its own short transaction using
 * SKIP LOCKED, so several workers take different rows and none holds a lock while talking SMTP;
 * a claimed row is "sending" until the claim runs out, after which another worker may retry it.
 * A settled row (sent, failed, unsent) has no next attempt, so it is never claimed again.
 */
export async function sendDueEmails(options: SendOptions): Promise<SendReport> {
  const now = options.now ?? (() => new Date());
  const rows = await claimDueEmails(now(), options.batchSize ?? 20, options.claimMs ?? DEFAULT_CLAIM_MS);
  const report: SendReport = { sent: 0, retrying: 0, failed: 0, unsent: 0 };
  const outcomes = await Promise.all(rows.map((row) => deliver(row, options.mailer, now)));
  for (const outcome of outcomes) report[outcome]++;
  return report;
}

/** Sends until nothing is due; returns how many emails it handled. */
export async function drainOutbox(options: SendOptions): Promise<number> {
  let handled = 0;
  for (;;) {
    const report = await sendDueEmails(options);
    const count = report.sent + report.retrying + report.failed + report.unsent;
    if (count === 0) return handled;
    handled += count;
  }
}

async function claimDueEmails(now: Date, batchSize: number, claimMs: number): Promise<EmailRow[]> {
  return getDb().transaction(
    async (tx) => {
      // Urgent mail first, then the rest, each in due order along the (urgent, next_attempt_at)
      // index, so a claim reads and locks just the rows it takes and other workers skip them.
      const due = async (urgent: boolean, limit: number) =>
        limit <= 0
          ? []
          : tx
              .select({ id: emailOutbox.id })
              .from(emailOutbox)
              .where(and(eq(emailOutbox.urgent, urgent), lte(emailOutbox.nextAttemptAt, now)))
              .orderBy(asc(emailOutbox.nextAttemptAt))
              .limit(limit)
              .for("update", { skipLocked: true });
      const urgent = await due(true, batchSize);
      const ids = [...urgent, ...(await due(false, batchSize - urgent.length))].map((row) => row.id);
      if (ids.length === 0) return [];
      await tx
        .update(emailOutbox)
        .set({ status: "sending", nextAttemptAt: new Date(now.getTime() + claimMs) })
        .where(inArray(emailOutbox.id, ids));
      return tx.select().from(emailOutbox).where(inArray(emailOutbox.id, ids));
    },
    { isolationLevel: "read committed" },
  );
}

function messageId(row: EmailRow): string {
  return `<outbox-${row.id}@${new URL(appUrl("/")).hostname}>`;
}

async function deliver(row: EmailRow, mailer: Mailer | null, now: () => Date): Promise<keyof SendReport> {
  const attempts = row.attempts + 1;
  if (!mailer) {
    await settle(row, { status: "unsent", attempts, lastError: NO_MAIL_SERVER, nextAttemptAt: null }, "unsent");
    return "unsent";
  }
  try {
    await mailer.send({
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      headers: row.headers ? (JSON.parse(row.headers) as Record<string, string>) : undefined,
      messageId: messageId(row),
    });
  } catch (error) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    if (attempts >= MAX_ATTEMPTS) {
      await settle(row, { status: "failed", attempts, lastError, nextAttemptAt: null }, "error");
      return "failed";
    }
    const nextAttemptAt = new Date(now().getTime() + retryDelayMs(attempts));
    await settle(row, { status: "pending", attempts, lastError, nextAttemptAt }, "error");
    return "retrying";
  }
  await settle(row, { status: "sent", attempts, lastError: null, sentAt: now(), nextAttemptAt: null }, "sent");
  return "sent";
}

type Settlement = Partial<Pick<EmailRow, "status" | "attempts" | "lastError" | "nextAttemptAt" | "sentAt">>;

/** Records how a try went: the row's new state and one attempt row, together. */
async function settle(row: EmailRow, change: Settlement, outcome: "sent" | "error" | "unsent"): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.update(emailOutbox).set(change).where(eq(emailOutbox.id, row.id));
    await tx.insert(emailAttempts).values({ emailId: row.id, outcome, error: outcome === "sent" ? null : change.lastError });
  });
}
