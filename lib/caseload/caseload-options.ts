// What a caseload view asks for, read from the page's address. Anything a hand-edited URL gets
// wrong falls back to the default view rather than an error page.

export const SORT_KEYS = ["attention", "name", "lastCheckIn", "unreviewed", "silence"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = "asc" | "desc";

/**
 * The direction a column sorts in when first chosen: the end a psychiatrist most likely wants
 * on top (most in need, A to Z, the newest check-in, the most unreviewed, the longest silence).
 */
export const DEFAULT_DIRECTION: Record<SortKey, Direction> = {
  attention: "desc",
  name: "asc",
  lastCheckIn: "desc",
  unreviewed: "desc",
  silence: "desc",
};

export const CASELOAD_PAGE_SIZE = 25;
export const MAX_SEARCH_LENGTH = 100;

export type CaseloadOptions = { search?: string; sort?: SortKey; direction?: Direction; page?: number };
export type CaseloadQuery = { search: string; sort: SortKey; direction: Direction; page: number };

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const isSortKey = (value: string | undefined): value is SortKey => (SORT_KEYS as readonly string[]).includes(value ?? "");

/** Trimmed, inner runs of spaces made one, and cut to a length no name reaches. */
export function normaliseSearch(search: string | undefined): string {
  return (search ?? "").trim().replace(/\s+/g, " ").slice(0, MAX_SEARCH_LENGTH);
}

/** A page number of at least 1; anything that is not a number is the first page. */
export function normalisePage(page: number | undefined): number {
  const n = Math.floor(Number(page));
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** Fills in the defaults: the attention order, its own default direction, page 1, no search. */
export function resolveOptions(options: CaseloadOptions): CaseloadQuery {
  const sort = options.sort && isSortKey(options.sort) ? options.sort : "attention";
  const direction = options.direction === "asc" || options.direction === "desc" ? options.direction : DEFAULT_DIRECTION[sort];
  return { search: normaliseSearch(options.search), sort, direction, page: normalisePage(options.page) };
}

/** The view the address asks for: `?q=…&sort=…&dir=…&page=…`. */
export function caseloadQueryFrom(params: Params): CaseloadQuery {
  const sort = first(params.sort);
  const dir = first(params.dir);
  return resolveOptions({
    search: first(params.q),
    sort: isSortKey(sort) ? sort : undefined,
    direction: dir === "asc" || dir === "desc" ? dir : undefined,
    page: Number(first(params.page) ?? 1),
  });
}

/** The address of a view, leaving out whatever is the default so links stay short. */
export function caseloadHref(query: CaseloadQuery): string {
  const params = new URLSearchParams();
  if (query.search) params.set("q", query.search);
  if (query.sort !== "attention") params.set("sort", query.sort);
  if (query.direction !== DEFAULT_DIRECTION[query.sort]) params.set("dir", query.direction);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/caseload?${search}` : "/caseload";
}

/** Where a column header leads: the column in its default direction, or reversed if already sorted by it. */
export function sortHref(query: CaseloadQuery, sort: SortKey): string {
  const direction = query.sort === sort ? (query.direction === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
  return caseloadHref({ ...query, sort, direction, page: 1 });
}
