import { Moment } from "@/components/moment";
import { errorPreview, isRetryable } from "@/lib/notifications/outbox-view";
import { EmailKind } from "./email-kind";
import { EmailStatusBadge } from "./email-status";
import { type OutboxListProps, SubjectLink } from "./outbox-table";
import { RetryButton } from "./retry-button";

/** The outbox page's emails on a phone: one card each, so nothing scrolls sideways. */
export function OutboxCards({ emails, timeZone, returnTo, label }: OutboxListProps) {
  return (
    <ul aria-label={label} className="flex flex-col gap-3 sm:hidden">
      {emails.map((email) => (
        <li key={email.id} className="flex flex-col gap-2 rounded-lg border border-calm-200 bg-white p-4">
          <div className="flex items-start justify-between gap-3">
            <SubjectLink email={email} />
            <EmailStatusBadge status={email.status} />
          </div>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted">To</dt>
            <dd className="break-all">{email.to}</dd>
            <dt className="text-muted">Created</dt>
            <dd>
              <Moment at={email.createdAt} timeZone={timeZone} />
            </dd>
            <dt className="text-muted">Kind</dt>
            <dd>
              <EmailKind kind={email.kind} urgent={email.urgent} />
            </dd>
            <dt className="text-muted">Attempts</dt>
            <dd className="tabular-nums">{email.attempts}</dd>
            {email.lastError && (
              <>
                <dt className="text-muted">Last error</dt>
                <dd className="break-words">{errorPreview(email.lastError)}</dd>
              </>
            )}
          </dl>
          {isRetryable(email.status) && <RetryButton email={email} returnTo={returnTo} />}
        </li>
      ))}
    </ul>
  );
}
