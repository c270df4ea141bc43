import Link from "next/link";
import { type CaseloadQuery, type SortKey, sortHref } from "@/lib/caseload/caseload-options";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** A column header that sorts by its column, saying how the table is sorted when it is. */
export function SortHeader({ query, sort, children, className = "" }: { query: CaseloadQuery; sort: SortKey; children: React.ReactNode; className?: string }) {
  const sorted = query.sort === sort;
  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[query.direction] : undefined} className={className}>
      <Link href={sortHref(query, sort)} className="inline-flex items-center gap-1 text-calm-700 underline-offset-4 hover:underline">
        {children}
        <span aria-hidden="true" className={sorted ? "" : "font-normal text-muted"}>
          {sorted ? (query.direction === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}

const DESCRIPTIONS: Record<SortKey, Record<"asc" | "desc", string>> = {
  attention: { desc: "those needing attention first", asc: "those needing attention last" },
  name: { asc: "by name, A to Z", desc: "by name, Z to A" },
  lastCheckIn: { desc: "by last check-in, newest first", asc: "by last check-in, oldest first" },
  unreviewed: { desc: "by unreviewed entries, most first", asc: "by unreviewed entries, fewest first" },
  silence: { desc: "by days since the last check-in, most first", asc: "by days since the last check-in, fewest first" },
};

/** How the table is ordered, in words, for its caption. */
export function sortDescription(query: CaseloadQuery): string {
  return DESCRIPTIONS[query.sort][query.direction];
}
