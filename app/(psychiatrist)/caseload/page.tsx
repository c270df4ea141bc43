import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/pager";
import { MoodFace } from "@/components/mood-face";
import { MoodTrend } from "@/components/mood-trend";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { caseload, type CaseloadRow } from "@/lib/caseload/caseload";
import { SILENT_DAYS_AT_LEAST, attentionReasons } from "@/lib/caseload/caseload-attention";
import { CASELOAD_PAGE_SIZE, type CaseloadQuery, DEFAULT_DIRECTION, caseloadHref, caseloadQueryFrom } from "@/lib/caseload/caseload-options";
import type { LocalDate } from "@/lib/moods/local-date";
import { SortHeader, sortDescription } from "./sort-header";

export const metadata: Metadata = { title: "Caseload" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const dateFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const shortDate = (date: LocalDate) => dateFormat.format(new Date(`${date}T00:00:00Z`)).replace(",", "");

function silenceText(days: number | null): string {
  if (days === null) return "Never checked in";
  if (days === 0) return "Today";
  return `${days} day${days === 1 ? "" : "s"}`;
}

// Every cell's border and padding, set once on the table rather than on each of a page's 200 cells.
const cells = "[&_:is(th,td)]:border-b [&_:is(th,td)]:border-calm-100 [&_:is(th,td)]:px-3 [&_:is(th,td)]:py-3 [&_:is(th,td)]:align-middle";
// The name stays in view while the rest of a row scrolls sideways on a narrow screen.
const nameCell = "sticky left-0 z-10 bg-white text-left";

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
                  <SortHeader query={query} sort="name" className={`${nameCell} font-semibold`}>
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
                  <PatientRow key={row.id} row={row} />
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

function PatientRow({ row }: { row: CaseloadRow }) {
  const name = `${row.firstName} ${row.lastName}`;
  const reasons = attentionReasons(row);
  return (
    <tr>
      <th scope="row" className={`${nameCell} font-medium`}>
        <Link href={`/patients/${row.id}`} className="text-calm-700 underline underline-offset-2 hover:text-calm-800">
          {name}
        </Link>
      </th>
      <td>
        {row.unresolvedAlerts > 0 ? (
          <span className="inline-block whitespace-nowrap rounded-full border border-warn bg-warn px-2 py-0.5 text-xs font-semibold text-white">
            Requires assistance
          </span>
        ) : reasons.length > 0 ? (
          <span className="inline-block whitespace-nowrap rounded-full border border-warn bg-red-50 px-2 py-0.5 text-xs font-semibold text-warn">
            Needs attention
          </span>
        ) : (
          <span className="text-muted">–</span>
        )}
      </td>
      <td className="whitespace-nowrap">
        {row.lastCheckIn ? (
          <span className="flex flex-col gap-0.5">
            <time dateTime={row.lastCheckIn.date}>{shortDate(row.lastCheckIn.date)}</time>
            <MoodFace mood={row.lastCheckIn.mood} size="sm" />
          </span>
        ) : (
          <span className="text-muted">None yet</span>
        )}
      </td>
      <td>
        <MoodTrend days={row.trend} label={`Last 7 days for ${name}`} />
      </td>
      <td className="whitespace-nowrap">
        {row.unreviewed}
        {row.unreviewedLow > 0 && <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 font-semibold text-warn">{row.unreviewedLow} low</span>}
      </td>
      <td>{row.unresolvedAlerts > 0 ? <span className="font-semibold text-warn">{row.unresolvedAlerts}</span> : row.unresolvedAlerts}</td>
      <td className="whitespace-nowrap">
        <span className={row.daysSinceCheckIn === null || row.daysSinceCheckIn >= SILENT_DAYS_AT_LEAST ? "font-semibold text-warn" : ""}>{silenceText(row.daysSinceCheckIn)}</span>
      </td>
    </tr>
  );
}
