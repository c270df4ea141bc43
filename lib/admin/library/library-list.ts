import { and, count, eq, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { normalisePage, normaliseSearch } from "@/lib/caseload/caseload-options";
import { LIBRARY_TABLES } from "./library-tables";
import { LIBRARY_PAGE_SIZE, type LibraryKind, type LibraryStatus, type LibraryView, libraryStatusFrom } from "./library-view";
import type { Usage } from "./usage-counts";

// What the task and message lists share: the status filter, the counts for its tabs and paging.

export type LibraryPage<T> = {
  items: T[];
  /** The view shown, its page brought within the pages there are. */
  view: LibraryView;
  pageCount: number;
  /** How many items the view holds over all its pages. */
  total: number;
  /** How many items match the search in each status, for the filter tabs. */
  counts: Record<LibraryStatus, number>;
};

/** Every item has these, whichever library it is from. */
export type LibraryItemState = { id: number; active: boolean; usage: Usage; deletable: boolean };

/** The view asked for with its defaults filled in, whatever the caller passed. */
export function resolveView(view: Partial<LibraryView>): LibraryView {
  return { status: libraryStatusFrom(view.status), search: normaliseSearch(view.search), page: normalisePage(view.page) };
}

export function statusCondition(kind: LibraryKind, status: LibraryStatus): SQL | undefined {
  const { table } = LIBRARY_TABLES[kind];
  return status === "all" ? undefined : eq(table.active, status === "active");
}

/**
 * How many items match the search, active and deactivated. The libraries are what admins and
 * psychiatrists write by hand, hundreds of rows at most, so counting them is cheap.
 */
export async function statusCounts(kind: LibraryKind, search: SQL | undefined): Promise<Record<LibraryStatus, number>> {
  const { table } = LIBRARY_TABLES[kind];
  const rows = await getDb().select({ active: table.active, n: count() }).from(table).where(search).groupBy(table.active);
  const active = Number(rows.find((r) => r.active)?.n ?? 0);
  const inactive = Number(rows.find((r) => !r.active)?.n ?? 0);
  return { all: active + inactive, active, inactive };
}

/** The page to show (the last one when asked for one past it) and how many there are. */
export function pageWithin(total: number, page: number): { page: number; pageCount: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE));
  const shown = Math.min(page, pageCount);
  return { page: shown, pageCount, offset: (shown - 1) * LIBRARY_PAGE_SIZE };
}

/** Where the view's items are: both the status and the search. */
export function viewCondition(kind: LibraryKind, view: LibraryView, search: SQL | undefined): SQL | undefined {
  return and(statusCondition(kind, view.status), search);
}
