import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailAttempts, emailOutbox, emailStatuses } from "@/db/schema";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { normalisePage } from "@/lib/caseload/caseload-options";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { COUNT_LIMIT, type EmailStatus, OUTBOX_PAGE_SIZE, type OutboxFilter, outboxFilterFrom, RETRYABLE_STATUSES } from "./outbox-view";
import { patientOfEmail } from "./patient-of-email";
import { wakeOutbox } from "./wake";

// The admin's view of the outbox. Every function asks the users table first whether the actor
// is an active admin: the page's own role check is never the only one.

export type OutboxEmail = {
  id: number;
  createdAt: Date;
  kind: string;
  urgent: boolean;
  to: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
};

/** How many emails are in each status, and in all; a count past COUNT_LIMIT stops there. */
export type OutboxCounts = Record<OutboxFilter, number>;

export type OutboxPage = { emails: OutboxEmail[]; status: OutboxFilter; page: number; pageCount: number; total: number; counts: OutboxCounts };

export type EmailAttempt = { at: Date; outcome: "sent" | "error" | "unsent"; error: string | null };

export type EmailDetail = OutboxEmail & {
  nextAttemptAt: Date | null;
  sentAt: Date | null;
  text: string;
  /** The latest tries, newest first; `olderAttempts` says whether earlier ones were left out. */
  attemptLog: EmailAttempt[];
  olderAttempts: boolean;
};

export type RetryResult = "retried" | "not-retryable" | "not-found";

/** The attempts an email's page lists: ten per round of retries, so several rounds. */
export const ATTEMPTS_SHOWN = 50;

const SUMMARY = {
  id: emailOutbox.id,
  createdAt: emailOutbox.createdAt,
  kind: emailOutbox.kind,
  urgent: emailOutbox.urgent,
  to: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  status: emailOutbox.status,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
};

const listEvent: Omit<AuditEvent, "outcome"> = { action: "outbox.view", targetType: "outbox" };
const emailEvent = (action: string, id: number): Omit<AuditEvent, "outcome"> => ({ action, targetType: "email", targetId: id });

/**
 * How many emails are in each of `statuses`, as one statement. Each count reads at most
 * COUNT_LIMIT + 1 entries of the (status, created_at) index, so its cost stays the same however
 * much sent mail piles up. (Exported for the test that EXPLAINs it.)
 */
export function statusCountsSql(statuses: readonly EmailStatus[]): SQL {
  const parts = statuses.map(
    (status) =>
      sql`select ${status} as status, count(*) as n from (select 1 from ${emailOutbox} where ${emailOutbox.status} = ${status} limit ${COUNT_LIMIT + 1}) as t`,
  );
  return sql.join(parts, sql` union all `);
}

async function statusCounts(statuses: readonly EmailStatus[] = emailStatuses): Promise<OutboxCounts> {
  const counts = Object.fromEntries([...emailStatuses, "all"].map((status) => [status, 0])) as OutboxCounts;
  const [rows] = await getDb().execute(statusCountsSql(statuses));
  for (const row of rows as unknown as { status: EmailStatus; n: number | string }[]) {
    counts[row.status] = Number(row.n);
    counts.all += Number(row.n);
  }
  return counts;
}

/**
 * One page of the list, newest first: a status along its (status, created_at) index, every email
 * along the primary key (ids grow with time). Either way a page reads only the index entries
 * before it and its own rows, never the whole table. (Exported for the test that EXPLAINs it.)
 */
export function outboxListQuery(status: OutboxFilter, page: number) {
  return getDb()
    .select(SUMMARY)
    .from(emailOutbox)
    .where(status === "all" ? undefined : eq(emailOutbox.status, status))
    .orderBy(...(status === "all" ? [desc(emailOutbox.id)] : [desc(emailOutbox.createdAt), desc(emailOutbox.id)]))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
}

/** One page of the outbox, newest first, with the count of each status for the filter tabs. Audited. */
export async function outboxPage(admin: Actor, options: { status?: OutboxFilter; page?: number } = {}): Promise<OutboxPage | null> {
  if (!(await adminOrAudited(admin, listEvent))) return null;
  const status = outboxFilterFrom(options.status);
  const [counts] = await Promise.all([statusCounts(), recordAudit(admin, listEvent)]);
  const total = counts[status];
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(normalisePage(options.page), pageCount);
  const emails = total === 0 ? [] : await outboxListQuery(status, page);
  return { emails, status, page, pageCount, total, counts };
}

/** How many emails wait for an admin's retry (failed and unsent), for the admin's overview. */
export async function emailsToRetry(admin: Actor): Promise<number | null> {
  if (!(await adminOrAudited(admin, listEvent))) return null;
  const counts = await statusCounts(RETRYABLE_STATUSES);
  return counts.all;
}

/**
 * One email with its attempts and its text. Alert emails carry a patient's health details, so
 * each view is audited, naming the patient the email is about.
 */
export async function emailDetail(admin: Actor, emailId: number): Promise<EmailDetail | null> {
  const event = emailEvent("email.view", emailId);
  if (!(await adminOrAudited(admin, event))) return null;
  const [row] = await getDb()
    .select({
      ...SUMMARY,
      nextAttemptAt: emailOutbox.nextAttemptAt,
      sentAt: emailOutbox.sentAt,
      text: emailOutbox.textBody,
      dedupeKey: emailOutbox.dedupeKey,
      userId: emailOutbox.userId,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, emailId))
    .limit(1);
  if (!row) return null;
  const [attempts, patientId] = await Promise.all([
    getDb()
      .select({ at: emailAttempts.at, outcome: emailAttempts.outcome, error: emailAttempts.error })
      .from(emailAttempts)
      .where(eq(emailAttempts.emailId, emailId))
      .orderBy(desc(emailAttempts.id))
      .limit(ATTEMPTS_SHOWN + 1),
    patientOfEmail(row),
  ]);
  await recordAudit(admin, { ...event, patientId });
  const { dedupeKey: _key, userId: _user, ...email } = row;
  return { ...email, attemptLog: attempts.slice(0, ATTEMPTS_SHOWN), olderAttempts: attempts.length > ATTEMPTS_SHOWN };
}

/**
 * Sends a failed or unsent email again: due now, with a fresh round of attempts (the earlier
 * ones stay in its log). The UPDATE's condition is the referee, so of two admins retrying at once,
 * or a retry racing the worker, only one changes the row. Audited in the same transaction; the
 * worker in this process is woken after commit.
 */
export async function retryEmail(admin: Actor, emailId: number, now = new Date()): Promise<RetryResult> {
  const event = emailEvent("email.retry", emailId);
  if (!(await adminOrAudited(admin, event))) return "not-found";
  const retried = await retryTransaction(() =>
    getDb().transaction(async (tx) => {
      const [result] = await tx
        .update(emailOutbox)
        .set({ status: "pending", attempts: 0, nextAttemptAt: now, lastError: null })
        .where(and(eq(emailOutbox.id, emailId), inArray(emailOutbox.status, [...RETRYABLE_STATUSES])));
      if (result.affectedRows === 0) return false;
      await recordAudit(admin, event, tx);
      return true;
    }),
  );
  if (!retried) {
    const [row] = await getDb().select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.id, emailId)).limit(1);
    return row ? "not-retryable" : "not-found";
  }
  wakeOutbox();
  return "retried";
}
