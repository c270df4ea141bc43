import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/pager";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type CaseloadRow, caseload } from "@/lib/caseload/caseload";
import { CASELOAD_PAGE_SIZE, type CaseloadQuery, DEFAULT_DIRECTION, caseloadHref, caseloadQueryFrom } from "@/lib/caseload/caseload-options";
import { toUtcMidnight } from "@/lib/moods/local-date";
import { CASELOAD_NAME_CELL } from "./name-cell";
import { PatientRow, type PatientRowData } from "./patient-row";
import { SortHeader, sortDescription } from "./sort-header";

export const metadata: Metadata = { title: "Caseload" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const weekdayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });

/** A row's figures with its dates already written out, for the client-rendered row. */
function rowData(row: CaseloadRow): PatientRowData {
  const { id, lastCheckIn, unreviewed, unreviewedLow, unresolvedAlerts, daysSinceCheckIn } = row;
  return {
    id,
    name: `${row.firstName} ${row.lastName}`,
    lastCheckIn: lastCheckIn && { ...lastCheckIn, label: dayFormat.format(toUtcMidnight(lastCheckIn.date)).replace(",", "") },
    trend: row.trend.map((day) => ({ ...day, weekday: weekdayFormat.format(toUtcMidnight(day.date)) })),
    unreviewed,
    unreviewedLow,
    unresolvedAlerts,
    daysSinceCheckIn,
  };
}

// Every cell's border and padding, set once on the table rather than on each of a page's 200 cells.
const cells = "[&_:is(th,td)]:border-b [&_:is(th,td)]:border-calm-100 [&_:is(th,td)]:px-3 [&_:is(th,td)]:py-3 [&_:is(th,td)]:align-middle";

export default async function CaseloadPage({ searchParams }: Props) {
  const me = await requireRole("psychiatrist");
  const requested = caseloadQueryFrom(await searchParams);
  const view = await caseload({ id: me.id, ip: await requestAddress() }, requested);
  const { query, rows, total, page, pageCount } = view;
  const first = (page - 1) * CASELOAD_PAGE_SIZE + 1;
  const last = first + rows.length - 1;
  const patientCount = `${total} patient${total === 1 ? "" : "s"}`;

  return (
    <section className="flex flex-col gap-5">
      <div>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Your caseload</h1>
        <p className="text-muted">
          Patients who need you come first: those who require assistance (an alert you have not resolved), then low moods you have not
          reviewed, then those who have gone quiet.
        </p>
      </div>

      <SearchForm query={query} />

      {total === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">
          {query.search ? <>No patients match “{query.search}”.</> : "No patients are assigned to you yet."}
        </p>
      ) : (
        <>
          {/* The caption names the table for screen readers; seen, it would scroll away with the table on a phone. */}
          <p className="text-muted">
            {query.search ? `${patientCount} match${total === 1 ? "es" : ""} “${query.search}”` : patientCount}, {sortDescription(query)}.
            {pageCount > 1 && ` Showing ${first}–${last}.`}
          </p>
          <div role="region" aria-labelledby="caseload-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-calm-200 bg-white">
            <table className={`w-full border-separate border-spacing-0 text-sm ${cells}`}>
              <caption id="caseload-caption" className="sr-only">
                Your patients, {sortDescription(query)}
                {query.search && `, matching “${query.search}”`}
                {pageCount > 1 && ` (${first} to ${last} of ${total})`}
              </caption>
              <thead className="whitespace-nowrap text-left">
                <tr>
                  <SortHeader query={query} sort="name" className={`${CASELOAD_NAME_CELL} font-semibold`}>
                    Patient
                  </SortHeader>
                  <SortHeader query={query} sort="attention" className="font-semibold">
                    Attention
                  </SortHeader>
                  <SortHeader query={query} sort="lastCheckIn" className="font-semibold">
                    Last check-in
                  </SortHeader>
                  <th scope="col" className="font-semibold">
                    Last 7 days
                  </th>
                  <SortHeader query={query} sort="unreviewed" className="font-semibold">
                    Unreviewed
                  </SortHeader>
                  <th scope="col" className="font-semibold">
                    Unresolved alerts
                  </th>
                  <SortHeader query={query} sort="silence" className="font-semibold">
                    Days since check-in
                  </SortHeader>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <PatientRow key={row.id} row={rowData(row)} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            pageCount={pageCount}
            label="Caseload pages"
            hrefFor={(n) => caseloadHref({ ...query, page: n })}
            previousLabel="← Previous"
            nextLabel="Next →"
          />
        </>
      )}
    </section>
  );
}

function SearchForm({ query }: { query: CaseloadQuery }) {
  return (
    <form method="get" action="/caseload" role="search" aria-label="Patients" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-sm">
        <label htmlFor="caseload-search" className="font-medium">
          Search by name
        </label>
        <input
          id="caseload-search"
          type="search"
          name="q"
          defaultValue={query.search}
          maxLength={100}
          autoComplete="off"
          className="rounded-md border border-muted bg-white px-3 py-2"
        />
      </div>
      {/* A search keeps the chosen order and starts again from page 1. */}
      {query.sort !== "attention" && <input type="hidden" name="sort" value={query.sort} />}
      {query.direction !== DEFAULT_DIRECTION[query.sort] && <input type="hidden" name="dir" value={query.direction} />}
      <button type="submit" className="rounded-md bg-calm-700 px-4 py-2 font-medium text-white hover:bg-calm-800">
        Search
      </button>
      {query.search && (
        <Link href={caseloadHref({ ...query, search: "", page: 1 })} className="py-2 font-medium text-calm-700 underline">
          Clear search
        </Link>
      )}
    </form>
  );
}
