// What the people list asks for, read from the page's address. Anything a hand-edited URL gets
// wrong falls back to the default (everyone, first page) rather than an error page.
import { roles, statuses, type Role, type Status } from "@/db/schema";
import { normalisePage, normaliseSearch } from "@/lib/caseload/caseload-options";

export const PEOPLE_PAGE_SIZE = 25;

/**
 * Matches are counted up to this many: a "contains" search reads rows rather than an index, so
 * its count stops here and the cost of the screen stays the same however many accounts there are.
 */
export const PEOPLE_COUNT_LIMIT = 1000;

export type RoleFilter = Role | "any";
export type StatusFilter = Status | "any";
export type PeopleQuery = { search: string; role: RoleFilter; status: StatusFilter; page: number };

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(allowed: readonly T[], value: unknown): T | "any" =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : "any";

export const ROLE_LABELS: Record<Role, string> = { patient: "Patient", psychiatrist: "Psychiatrist", admin: "Admin" };
export const STATUS_LABELS: Record<Status, string> = { active: "Active", pending: "Awaiting approval", disabled: "Disabled" };

/** Fills in the defaults: everyone, any status, no search, page 1. */
export function resolvePeopleQuery(options: { search?: string; role?: unknown; status?: unknown; page?: number }): PeopleQuery {
  return {
    search: normaliseSearch(options.search),
    role: oneOf(roles, options.role),
    status: oneOf(statuses, options.status),
    page: normalisePage(options.page),
  };
}

/** The view the address asks for: `?q=…&role=…&status=…&page=…`. */
export function peopleQueryFrom(params: Params): PeopleQuery {
  return resolvePeopleQuery({
    search: first(params.q),
    role: first(params.role),
    status: first(params.status),
    page: Number(first(params.page) ?? 1),
  });
}

/** The address of a view, leaving out whatever is the default so links stay short. */
export function peopleHref(query: PeopleQuery): string {
  const params = new URLSearchParams();
  if (query.search) params.set("q", query.search);
  if (query.role !== "any") params.set("role", query.role);
  if (query.status !== "any") params.set("status", query.status);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/admin/people?${search}` : "/admin/people";
}

/** The account's page. */
export function personHref(userId: number): string {
  return `/admin/people/${userId}`;
}
