import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Pager } from "@/components/pager";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { outboxPage } from "@/lib/notifications/outbox-admin";
import { countText, OUTBOX_FILTERS, OUTBOX_PAGE_SIZE, type OutboxFilter, outboxFilterFrom, outboxHref, STATUS_LABELS } from "@/lib/notifications/outbox-view";
import { NoMailServer } from "./no-mail-server";
import { OutboxCards } from "./outbox-cards";
import { OutboxTable } from "./outbox-table";
import { RetryNotice } from "./retry-notice";

export const metadata: Metadata = { title: "Email outbox" };

type Params = { status?: string; page?: string; retry?: string };

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
  const label = `${emailsText(status, total)}, newest first`;

  return (
    <section className="flex flex-col gap-5">
      <div>
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
          <p className="text-muted">
            {label}.{range}
          </p>
          <OutboxTable emails={emails} timeZone={me.timezone} returnTo={returnTo} label={label} />
          <OutboxCards emails={emails} timeZone={me.timezone} returnTo={returnTo} label={label} />
          <Pager page={page} pageCount={pageCount} label="Outbox pages" hrefFor={(n) => outboxHref(status, n)} />
        </>
      )}
    </section>
  );
}
