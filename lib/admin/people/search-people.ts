import { and, count, desc, eq, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role, type Status } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { PEOPLE_COUNT_LIMIT, PEOPLE_PAGE_SIZE, type PeopleQuery, resolvePeopleQuery } from "./people-query";

export type PersonRow = { id: number; firstName: string; lastName: string; email: string; role: Role; status: Status; createdAt: Date };

export type PeoplePage = {
  rows: PersonRow[];
  query: PeopleQuery;
  /** Matches counted, up to PEOPLE_COUNT_LIMIT; `more` says there are more than that. */
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
};

/** `LIKE` matching the text anywhere in the name or the email, the pattern's own wildcards taken literally. */
function nameOrEmailContains(search: string): SQL | undefined {
  if (!search) return undefined;
  const pattern = `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
  // The database's collation (utf8mb4_unicode_ci) makes both matches case-insensitive.
  return or(sql`concat_ws(' ', ${users.firstName}, ${users.lastName}) like ${pattern} escape '!'`, sql`${users.email} like ${pattern} escape '!'`);
}

/**
 * One page of accounts, newest first, filtered by role, status and a name or email containing
 * the search. Role and status read the (role, status) index, in id order within it; the count
 * stops at PEOPLE_COUNT_LIMIT and a page reads only the rows before it, so a search costs the
 * same however many accounts there are. Audited once per view: the list names patients.
 */
export async function searchPeople(admin: Actor, options: Partial<PeopleQuery> = {}): Promise<PeoplePage | null> {
  const event = { action: "people.search" };
  if (!(await adminOrAudited(admin, event))) return null;
  const query = resolvePeopleQuery(options);
  const where = and(
    query.role === "any" ? undefined : eq(users.role, query.role),
    query.status === "any" ? undefined : eq(users.status, query.status),
    nameOrEmailContains(query.search),
  );
  const db = getDb();
  const matches = db
    .select({ one: sql`1` })
    .from(users)
    .where(where)
    .limit(PEOPLE_COUNT_LIMIT + 1)
    .as("matches");
  const [[counted]] = await Promise.all([db.select({ n: count() }).from(matches), recordAudit(admin, event)]);
  const more = Number(counted.n) > PEOPLE_COUNT_LIMIT;
  const total = Math.min(Number(counted.n), PEOPLE_COUNT_LIMIT);
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows =
    total === 0
      ? []
      : await db
          .select({
            id: users.id,
            firstName: users.firstName,
            lastName: users.lastName,
            email: users.email,
            role: users.role,
            status: users.status,
            createdAt: users.createdAt,
          })
          .from(users)
          .where(where)
          .orderBy(desc(users.id))
          .limit(PEOPLE_PAGE_SIZE)
          .offset((page - 1) * PEOPLE_PAGE_SIZE);
  return { rows, query: { ...query, page }, total, more, page, pageCount };
}
