import Link from "next/link";
import { Moment } from "@/components/moment";
import type { OutboxEmail } from "@/lib/notifications/outbox-admin";
import { errorPreview, isRetryable } from "@/lib/notifications/outbox-view";
import { EmailKind } from "./email-kind";
import { EmailStatusBadge } from "./email-status";
import { RetryButton } from "./retry-button";

export type OutboxListProps = {
  emails: OutboxEmail[];
  /** The reader's time zone, for when each email was queued. */
  timeZone: string;
  /** The view the Retry buttons come back to. */
  returnTo: string;
  /** What the list holds, e.g. "3 failed emails, newest first". */
  label: string;
};

const cell = "border-b border-calm-100 px-2 py-3 align-top first:pl-3 last:pr-3";
const head = `${cell} font-semibold`;

/**
 * The outbox page's emails as a table, from the small-tablet width up (phones get cards). The
 * region is `relative` so the screen-reader-only text inside it cannot widen the page.
 */
export function OutboxTable({ emails, timeZone, returnTo, label }: OutboxListProps) {
  return (
    <div role="region" aria-labelledby="outbox-caption" tabIndex={0} className="relative hidden overflow-x-auto rounded-lg border border-calm-200 bg-white sm:block">
      <table className="w-full border-separate border-spacing-0 text-left text-sm">
        <caption id="outbox-caption" className="sr-only">
          {label}
        </caption>
        <thead className="whitespace-nowrap">
          <tr>
            <th scope="col" className={head}>Created</th>
            <th scope="col" className={head}>Kind</th>
            <th scope="col" className={head}>To</th>
            <th scope="col" className={head}>Subject</th>
            <th scope="col" className={head}>Status</th>
            <th scope="col" className={head}>Attempts</th>
            <th scope="col" className={head}>Last error</th>
            <th scope="col" className={cell}>
              <span className="sr-only">Retry</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {emails.map((email) => (
            <tr key={email.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <Moment at={email.createdAt} timeZone={timeZone} />
              </td>
              <td className={cell}>
                <EmailKind kind={email.kind} urgent={email.urgent} />
              </td>
              <td className={`${cell} min-w-36 break-all`}>{email.to}</td>
              <th scope="row" className={`${cell} min-w-40 font-normal`}>
                <SubjectLink email={email} />
              </th>
              <td className={cell}>
                <EmailStatusBadge status={email.status} />
              </td>
              <td className={`${cell} tabular-nums`}>{email.attempts}</td>
              <td className={`${cell} min-w-36 break-words text-muted`}>{email.lastError ? errorPreview(email.lastError) : "–"}</td>
              <td className={cell}>{isRetryable(email.status) && <RetryButton email={email} returnTo={returnTo} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The email's subject, leading to its own page. */
export function SubjectLink({ email }: { email: OutboxEmail }) {
  return (
    <Link href={`/admin/outbox/${email.id}`} className="font-medium break-words text-calm-700 underline underline-offset-2 hover:text-calm-800">
      {email.subject}
    </Link>
  );
}
