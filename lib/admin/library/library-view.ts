import { normalisePage, normaliseSearch } from "@/lib/caseload/caseload-options";
import { cappedCount } from "@/lib/format/capped-count";

// What the admin's task and message lists show, read from the page's address, and what they
// say after a change. Anything a hand-edited address gets wrong falls back to the default view.

export type LibraryKind = "task" | "message";

/** Which items a list shows: every one, those patients can be given, or the deactivated. */
export const LIBRARY_STATUSES = ["all", "active", "inactive"] as const;
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number];

export const STATUS_LABELS: Record<LibraryStatus, string> = { all: "All", active: "Active", inactive: "Deactivated" };

export const LIBRARY_PAGE_SIZE = 20;

/**
 * Showings are counted up to this many per item: a popular message is shown every day for years,
 * and counting all of it on every visit would make the list slower each day.
 */
export const USAGE_COUNT_LIMIT = 10_000;

export type LibraryView = { status: LibraryStatus; search: string; page: number };

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : (value ?? undefined));

export function libraryStatusFrom(value: unknown): LibraryStatus {
  return typeof value === "string" && (LIBRARY_STATUSES as readonly string[]).includes(value) ? (value as LibraryStatus) : "all";
}

/** The view an address asks for: `?status=…&q=…&page=…`. */
export function libraryViewFrom(params: Params): LibraryView {
  return {
    status: libraryStatusFrom(first(params.status)),
    search: normaliseSearch(first(params.q)),
    page: normalisePage(Number(first(params.page) ?? 1)),
  };
}

/** The list's own address: /admin/tasks or /admin/messages. */
export function listPath(kind: LibraryKind): string {
  return `/admin/${kind}s`;
}

/** The address of a view of a list, leaving out the defaults so links stay short. */
export function libraryHref(kind: LibraryKind, view: Partial<LibraryView> = {}): string {
  const params = new URLSearchParams();
  if (view.status && view.status !== "all") params.set("status", view.status);
  if (view.search) params.set("q", view.search);
  if (view.page && view.page > 1) params.set("page", String(view.page));
  const search = params.toString();
  return search ? `${listPath(kind)}?${search}` : listPath(kind);
}

/**
 * Where to go back to after a change pressed on a list: that view of the list, rebuilt from its
 * checked parts so the form field can never send anyone elsewhere; else the list itself.
 */
export function libraryReturnPath(kind: LibraryKind, value: unknown): string {
  const path = listPath(kind);
  if (typeof value !== "string" || !value.startsWith(path)) return path;
  const url = new URL(value, "http://miwell.invalid");
  if (url.pathname !== path) return path;
  return libraryHref(kind, libraryViewFrom(Object.fromEntries(url.searchParams)));
}

export const LIBRARY_NOTICES = ["created", "updated", "deactivated", "reactivated", "unchanged", "deleted", "shown", "not-found"] as const;
export type LibraryNotice = (typeof LIBRARY_NOTICES)[number];

const NOTICE_TEXT: Record<LibraryNotice, (noun: string) => string> = {
  created: (noun) => `The ${noun} is added to the library.`,
  updated: (noun) => `The ${noun} is saved.`,
  deactivated: (noun) => `The ${noun} is deactivated: patients will not be given it again. Where they were shown it, it still reads as before.`,
  reactivated: (noun) => `The ${noun} is active again: patients can be given it from their next check-in.`,
  unchanged: (noun) => `The ${noun} was already that way, so nothing changed.`,
  deleted: (noun) => `The ${noun} is deleted.`,
  shown: (noun) => `Patients have been given this ${noun}, so it cannot be deleted: deactivate it instead.`,
  "not-found": (noun) => `That ${noun} could not be found.`,
};

/** The address to go to, with what happened (`?done=…`) for the list to say. */
export function withNotice(path: string, notice: LibraryNotice): string {
  return `${path}${path.includes("?") ? "&" : "?"}done=${notice}`;
}

/** The sentence for a `?done=…` the list was given, or null for none (or one made up). */
export function noticeText(kind: LibraryKind, value: unknown): string | null {
  return typeof value === "string" && (LIBRARY_NOTICES as readonly string[]).includes(value) ? NOTICE_TEXT[value as LibraryNotice](kind) : null;
}

/** "once", "12 times", or "10,000+ times" once a count reaches the limit. */
function times(count: number): string {
  if (count === 1) return "once";
  return `${cappedCount(count, USAGE_COUNT_LIMIT)} times`;
}

/** How much patients have been given an item: "Shown 12 times · pinned for 2 patients", "Never shown". */
export function usageText(usage: { shown: number; pinned?: number }): string {
  const shown = usage.shown === 0 ? "Never shown" : `Shown ${times(usage.shown)}`;
  if (!usage.pinned) return shown;
  const patients = `${cappedCount(usage.pinned, USAGE_COUNT_LIMIT)} patient${usage.pinned === 1 ? "" : "s"}`;
  return `${shown} · pinned for ${patients}`;
}

/** A search as a LIKE pattern matching it anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
