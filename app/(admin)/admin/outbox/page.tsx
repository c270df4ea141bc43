import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Moment } from "@/components/moment";
import { Pager } from "@/components/pager";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type OutboxEmail, outboxPage } from "@/lib/notifications/outbox-admin";
import {
  countText,
  errorPreview,
  isRetryable,
  OUTBOX_FILTERS,
  OUTBOX_PAGE_SIZE,
  type OutboxFilter,
  outboxFilterFrom,
  outboxHref,
  STATUS_LABELS,
} from "@/lib/notifications/outbox-view";
import { EmailStatusBadge } from "./email-status";
import { NoMailServer } from "./no-mail-server";
import { RetryButton } from "./retry-button";
import { RetryNotice } from "./retry-notice";

export const metadata: Metadata = { title: "Email outbox" };

type Params = { status?: string; page?: string; retry?: string };

const cell = "border-b border-calm-100 px-3 py-3 align-top";

function emailsText(status: OutboxFilter, count: number): string {
  const which = status === "all" ? "" : `${STATUS_LABELS[status].toLowerCase()} `;
  return `${countText(count)} ${which}email${count === 1 ? "" : "s"}`;
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Params> }) {
  const me = await requireRole("admin");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const view = await outboxPage({ id: me.id, ip }, { status: outboxFilterFrom(params.status), page: Number(params.page ?? 1) });
  if (!view) forbidden();
  const { emails, status, page, pageCount, total, counts } = view;
  // After a retry the admin comes back to this very view.
  const returnTo = outboxHref(status, page);
  const first = (page - 1) * OUTBOX_PAGE_SIZE + 1;
  const range = pageCount > 1 ? ` Showing ${first}–${first + emails.length - 1}.` : "";

  return (
    <section className="flex flex-col gap-5">
      <div>
        <p className="mb-1">
          <Link href="/admin" className="font-medium text-calm-700 underline">
            ← Admin
          </Link>
        </p>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Email outbox</h1>
        <p className="text-muted">
          Every email MiWell sends waits here until the mail server accepts it. A failing email is tried again and again for about an hour,
          then marked failed for you to retry.
        </p>
      </div>
      {counts.unsent > 0 && <NoMailServer />}
      <RetryNotice value={params.retry} />
      <nav aria-label="Which emails">
        <ul className="flex flex-wrap gap-2">
          {OUTBOX_FILTERS.map((filter) => (
            <li key={filter.status}>
              <Link
                href={outboxHref(filter.status)}
                aria-current={filter.status === status ? "page" : undefined}
                className="inline-block rounded-full border border-calm-600 px-4 py-1.5 font-medium text-calm-700 hover:bg-calm-100 aria-[current=page]:bg-calm-700 aria-[current=page]:text-white"
              >
                {filter.label} ({countText(counts[filter.status])})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {total === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">No {status === "all" ? "" : `${STATUS_LABELS[status].toLowerCase()} `}emails.</p>
      ) : (
        <>
          {/* The caption names the table for screen readers; seen, it would scroll away with the table on a phone. */}
          <p className="text-muted">
            {emailsText(status, total)}, newest first.{range}
          </p>
          <div role="region" aria-labelledby="outbox-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-calm-200 bg-white">
            <table className="w-full border-separate border-spacing-0 text-left text-sm">
              <caption id="outbox-caption" className="sr-only">
                {emailsText(status, total)}, newest first{pageCount > 1 && `, page ${page} of ${pageCount}`}
              </caption>
              <thead className="whitespace-nowrap">
                <tr>
                  <th scope="col" className={`${cell} font-semibold`}>Created</th>
                  <th scope="col" className={`${cell} font-semibold`}>Kind</th>
                  <th scope="col" className={`${cell} font-semibold`}>To</th>
                  <th scope="col" className={`${cell} font-semibold`}>Subject</th>
                  <th scope="col" className={`${cell} font-semibold`}>Status</th>
                  <th scope="col" className={`${cell} font-semibold`}>Attempts</th>
                  <th scope="col" className={`${cell} font-semibold`}>Last error</th>
                  <th scope="col" className={cell}>
                    <span className="sr-only">Retry</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {emails.map((email) => (
                  <EmailRow key={email.id} email={email} timeZone={me.timezone} returnTo={returnTo} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageCount={pageCount} label="Outbox pages" hrefFor={(n) => outboxHref(status, n)} />
        </>
      )}
    </section>
  );
}

function EmailRow({ email, timeZone, returnTo }: { email: OutboxEmail; timeZone: string; returnTo: string }) {
  return (
    <tr>
      <td className={`${cell} whitespace-nowrap`}>
        <Moment at={email.createdAt} timeZone={timeZone} />
      </td>
      <td className={`${cell} capitalize`}>
        {email.kind}
        {email.urgent && <span className="block text-xs font-semibold normal-case text-warn">urgent</span>}
      </td>
      <td className={`${cell} break-all`}>{email.to}</td>
      <th scope="row" className={`${cell} min-w-48 font-normal`}>
        <Link href={`/admin/outbox/${email.id}`} className="font-medium text-calm-700 underline underline-offset-2 hover:text-calm-800">
          {email.subject}
        </Link>
      </th>
      <td className={cell}>
        <EmailStatusBadge status={email.status} />
      </td>
      <td className={`${cell} tabular-nums`}>{email.attempts}</td>
      <td className={`${cell} min-w-48 break-words text-muted`}>{email.lastError ? errorPreview(email.lastError) : "–"}</td>
      <td className={cell}>
        {isRetryable(email.status) && <RetryButton emailId={email.id} returnTo={returnTo} context={`the email “${email.subject}” to ${email.to}`} />}
      </td>
    </tr>
  );
}
