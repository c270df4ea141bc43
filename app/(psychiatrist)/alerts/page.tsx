import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/pager";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type AlertFilter, alertFilterFrom, alertList, alertsHref } from "@/lib/risk/alert-list";
import { AlertCard } from "./alert-card";
import { AlertNotice } from "./alert-notice";

export const metadata: Metadata = { title: "Alerts" };

type Params = { show?: string; page?: string; alert?: string };

const FILTERS: { show: AlertFilter; label: string }[] = [
  { show: "unresolved", label: "Unresolved" },
  { show: "all", label: "All, with resolved" },
];

function summary(show: AlertFilter, total: number): string {
  const alerts = `${total} ${show === "unresolved" ? "unresolved " : ""}alert${total === 1 ? "" : "s"}`;
  return show === "unresolved"
    ? `${alerts}: open ones first, the most severe and then the oldest first.`
    : `${alerts}: unresolved first, then the most recently resolved.`;
}

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const me = await requireRole("psychiatrist");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const list = await alertList({ id: me.id, ip }, { show: alertFilterFrom(params.show), page: Number(params.page ?? 1) });
  // After a step the list starts again from its first page: the alert has moved or gone.
  const returnTo = alertsHref(list.show);

  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-4">
      <div>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Alerts</h1>
        <p className="text-muted">
          Raised when a check-in suggests one of your patients may be at risk, or when they go quiet. Acknowledge an alert once you have
          seen it; resolve it with a note of what was done.
        </p>
      </div>
      <AlertNotice value={params.alert} />
      <nav aria-label="Which alerts" className="flex">
        <ul className="flex flex-wrap gap-2">
          {FILTERS.map((filter) => (
            <li key={filter.show}>
              <Link
                href={alertsHref(filter.show)}
                aria-current={filter.show === list.show ? "page" : undefined}
                className="inline-block rounded-full border border-calm-600 px-4 py-1.5 font-medium text-calm-700 hover:bg-calm-100 aria-[current=page]:bg-calm-700 aria-[current=page]:text-white"
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {list.total === 0 ? (
        <EmptyState show={list.show} />
      ) : (
        <>
          <p className="text-muted">
            {summary(list.show, list.total)}
            {list.pageCount > 1 && ` Page ${list.page} of ${list.pageCount}.`}
          </p>
          <ul aria-label={list.show === "unresolved" ? "Unresolved alerts" : "All alerts"} className="flex flex-col gap-4">
            {list.alerts.map((alert) => (
              <li key={alert.id}>
                <AlertCard alert={alert} timeZone={me.timezone} returnTo={returnTo} />
              </li>
            ))}
          </ul>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            label="Alert pages"
            hrefFor={(page) => alertsHref(list.show, page)}
            previousLabel="← Previous"
            nextLabel="Next →"
          />
        </>
      )}
    </section>
  );
}

function EmptyState({ show }: { show: AlertFilter }) {
  return (
    <div className="rounded-xl border border-calm-200 bg-white p-5">
      <h2 className="mb-1 text-lg font-semibold">{show === "unresolved" ? "No open alerts" : "No alerts yet"}</h2>
      <p>
        {show === "unresolved"
          ? "None of your patients has an alert waiting for you. When a check-in raises one, it appears here first and you are emailed straight away."
          : "When a check-in raises an alert about one of your patients, it appears here and you are emailed straight away."}
      </p>
      {show === "unresolved" && (
        <p className="mt-3">
          <Link href={alertsHref("all")} className="font-medium text-calm-700 underline">
            See resolved alerts
          </Link>
        </p>
      )}
    </div>
  );
}
