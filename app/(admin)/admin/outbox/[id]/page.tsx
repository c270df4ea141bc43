import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Moment } from "@/components/moment";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { ATTEMPTS_SHOWN, type EmailAttempt, emailDetail } from "@/lib/notifications/outbox-admin";
import { isRetryable } from "@/lib/notifications/outbox-view";
import { EmailKind } from "../email-kind";
import { EmailStatusBadge } from "../email-status";
import { NoMailServer } from "../no-mail-server";
import { RetryButton } from "../retry-button";
import { RetryNotice } from "../retry-notice";

export const metadata: Metadata = { title: "Email" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ retry?: string }> };

const OUTCOMES: Record<EmailAttempt["outcome"], string> = {
  sent: "Sent",
  error: "Error",
  unsent: "No mail server",
};

export default async function EmailPage({ params, searchParams }: Props) {
  const me = await requireRole("admin");
  const [{ id }, { retry }, ip] = await Promise.all([params, searchParams, requestAddress()]);
  const emailId = parseId(id);
  const email = emailId === null ? null : await emailDetail({ id: me.id, ip }, emailId);
  if (!email) notFound();
  const timeZone = me.timezone;
  const never = <span className="text-muted">–</span>;

  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5">
      <div>
        <p className="mb-1">
          <Link href="/admin/outbox" className="font-medium text-calm-700 underline">
            ← Email outbox
          </Link>
        </p>
        <h1 className="text-2xl font-semibold break-words text-calm-800 sm:text-3xl">{email.subject}</h1>
      </div>
      <RetryNotice value={retry} />
      {email.status === "unsent" && <NoMailServer />}

      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 rounded-xl border border-calm-200 bg-white p-4 sm:p-5">
        <dt className="text-muted">Status</dt>
        <dd>
          <EmailStatusBadge status={email.status} />
        </dd>
        <dt className="text-muted">To</dt>
        <dd className="break-all">{email.to}</dd>
        <dt className="text-muted">Kind</dt>
        <dd>
          <EmailKind kind={email.kind} urgent={email.urgent} />
        </dd>
        <dt className="text-muted">Queued</dt>
        <dd>
          <Moment at={email.createdAt} timeZone={timeZone} />
        </dd>
        <dt className="text-muted">Sent</dt>
        <dd>{email.sentAt ? <Moment at={email.sentAt} timeZone={timeZone} /> : never}</dd>
        <dt className="text-muted">Next attempt</dt>
        <dd>{email.nextAttemptAt ? <Moment at={email.nextAttemptAt} timeZone={timeZone} /> : never}</dd>
        <dt className="text-muted">Attempts</dt>
        <dd className="tabular-nums">{email.attempts}</dd>
        <dt className="text-muted">Last error</dt>
        <dd className="break-words">{email.lastError ?? never}</dd>
      </dl>
      {isRetryable(email.status) && (
        <RetryButton email={email} returnTo={`/admin/outbox/${email.id}`} label="Retry sending" />
      )}

      <div className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold">Attempts</h2>
        {email.attemptLog.length === 0 ? (
          <p className="text-muted">No attempt yet.</p>
        ) : (
          <>
            <p className="text-muted">{email.olderAttempts ? `The latest ${ATTEMPTS_SHOWN}, newest first; earlier ones are not shown.` : "Newest first."}</p>
            {/* A list rather than a table: on a phone each try wraps onto lines of its own instead of scrolling. */}
            <ol aria-label="Attempts, newest first" className="divide-y divide-calm-100 rounded-lg border border-calm-200 bg-white">
              {email.attemptLog.map((attempt, n) => (
                <li key={n} className="grid gap-x-4 px-4 py-2 sm:grid-cols-[11rem_9rem_minmax(0,1fr)]">
                  <Moment at={attempt.at} timeZone={timeZone} />
                  <span className="font-medium">{OUTCOMES[attempt.outcome]}</span>
                  {attempt.error && <span className="break-words text-muted">{attempt.error}</span>}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>

      <div className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold">Text of the email</h2>
        <p className="text-sm text-muted">
          An alert email carries a patient’s health details. Only admins can read this, and each reading is recorded in the audit trail.
        </p>
        <pre className="rounded-lg border border-calm-200 bg-white p-4 font-sans text-base whitespace-pre-wrap break-words">{email.text}</pre>
      </div>
    </section>
  );
}
