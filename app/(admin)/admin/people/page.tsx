import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Pager } from "@/components/pager";
import { roles, statuses } from "@/db/schema";
import {
  PEOPLE_COUNT_LIMIT,
  PEOPLE_PAGE_SIZE,
  type PeopleQuery,
  peopleHref,
  peopleQueryFrom,
  ROLE_LABELS,
  STATUS_LABELS,
} from "@/lib/admin/people/people-query";
import { searchPeople } from "@/lib/admin/people/search-people";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { PeopleNotice } from "./people-notice";
import { PeopleCards, PeopleTable } from "./people-table";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** "12 disabled patients matching “ann”", in words that follow the filters. */
function summary(query: PeopleQuery, total: number, more: boolean): string {
  const count = more ? `More than ${PEOPLE_COUNT_LIMIT.toLocaleString("en-GB")}` : total.toLocaleString("en-GB");
  const plural = more || total !== 1;
  const who = query.role === "any" ? (plural ? "accounts" : "account") : `${ROLE_LABELS[query.role].toLowerCase()}${plural ? "s" : ""}`;
  // "3 disabled patients", "2 psychiatrists awaiting approval".
  const before = query.status === "active" || query.status === "disabled" ? `${query.status} ` : "";
  const after = query.status === "pending" ? ` ${STATUS_LABELS.pending.toLowerCase()}` : "";
  const search = query.search ? ` matching “${query.search}”` : "";
  return `${count} ${before}${who}${after}${search}`;
}

export default async function PeoplePage({ searchParams }: Props) {
  const me = await requireRole("admin");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const view = await searchPeople({ id: me.id, ip }, peopleQueryFrom(params));
  if (!view) forbidden();
  const { rows, query, total, more, page, pageCount } = view;
  const first = (page - 1) * PEOPLE_PAGE_SIZE + 1;
  const label = `${summary(query, total, more)}, newest first${pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}`;

  return (
    <section className="flex flex-col gap-5">
      <div>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">People</h1>
        <p className="text-muted">Every account: patients, psychiatrists and admins. Open one to disable, enable, move or remove it.</p>
        <p className="mt-2">
          <Link href="/admin/people/caseloads" className="font-medium text-calm-700 underline">
            Caseloads: patients per psychiatrist
          </Link>
        </p>
      </div>
      <PeopleNotice notice={params.notice} moved={params.moved} />
      <SearchForm query={query} />

      {total === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">No {summary(query, 0, false).replace(/^0 /, "")}.</p>
      ) : (
        <>
          <p className="text-muted">
            {summary(query, total, more)}, newest first.
            {pageCount > 1 && ` Showing ${first}–${first + rows.length - 1}.`}
            {more && " Narrow the search to see the rest."}
          </p>
          <PeopleTable people={rows} timeZone={me.timezone} label={label} />
          <PeopleCards people={rows} timeZone={me.timezone} label={label} />
          <Pager
            page={page}
            pageCount={pageCount}
            label="People pages"
            hrefFor={(n) => peopleHref({ ...query, page: n })}
            previousLabel="← Newer"
            nextLabel="Older →"
          />
        </>
      )}
    </section>
  );
}

function SearchForm({ query }: { query: PeopleQuery }) {
  return (
    <form method="get" action="/admin/people" role="search" aria-label="Accounts" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-0 flex-[2_1_14rem] flex-col gap-1">
        <label htmlFor="people-search" className="font-medium">
          Name or email
        </label>
        <input id="people-search" type="search" name="q" defaultValue={query.search} maxLength={100} autoComplete="off" className={control} />
      </div>
      <div className="flex min-w-0 flex-[1_1_9rem] flex-col gap-1">
        <label htmlFor="people-role" className="font-medium">
          Role
        </label>
        <select id="people-role" name="role" defaultValue={query.role} className={control}>
          <option value="any">Any role</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-0 flex-[1_1_9rem] flex-col gap-1">
        <label htmlFor="people-status" className="font-medium">
          Status
        </label>
        <select id="people-status" name="status" defaultValue={query.status} className={control}>
          <option value="any">Any status</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-calm-700 px-4 py-2 font-medium text-white hover:bg-calm-800">
          Search
        </button>
        {peopleHref({ ...query, page: 1 }) !== "/admin/people" && (
          <Link href="/admin/people" className="py-2 font-medium text-calm-700 underline">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
