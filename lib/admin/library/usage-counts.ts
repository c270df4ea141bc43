import { sql } from "drizzle-orm";
import type { MySqlColumn } from "drizzle-orm/mysql-core";
import type { Database, Transaction } from "@/db/client";
import { LIBRARY_TABLES } from "./library-tables";
import { type LibraryKind, USAGE_COUNT_LIMIT } from "./library-view";

export type Usage = { shown: number; pinned: number };

/**
 * How many rows refer to each of `ids` through `column`, as one statement. Each count reads at
 * most USAGE_COUNT_LIMIT + 1 entries of the column's (foreign key) index, so a page of the list
 * costs the same however long patients have been checking in. (Exported for the test that
 * EXPLAINs it.)
 */
export function boundedCountsSql(column: MySqlColumn, ids: readonly number[]) {
  const parts = ids.map(
    (id) => sql`select ${id} as id, count(*) as n from (select 1 from ${column.table} where ${column} = ${id} limit ${USAGE_COUNT_LIMIT + 1}) as t`,
  );
  return sql.join(parts, sql` union all `);
}

/** A count for every one of `ids`: none at all where there is no such column (messages are never pinned). */
async function boundedCounts(db: Database | Transaction, column: MySqlColumn | null, ids: readonly number[]): Promise<Map<number, number>> {
  const counts = new Map(ids.map((id) => [id, 0]));
  if (!column || ids.length === 0) return counts;
  const [rows] = await db.execute(boundedCountsSql(column, ids));
  for (const row of rows as unknown as { id: number | string; n: number | string }[]) counts.set(Number(row.id), Number(row.n));
  return counts;
}

/** How often each item was shown with a check-in (and, for tasks, pinned for a patient). */
export async function usageOf(db: Database | Transaction, kind: LibraryKind, ids: readonly number[]): Promise<Map<number, Usage>> {
  const { shownIn, pinnedIn } = LIBRARY_TABLES[kind];
  const [shown, pinned] = await Promise.all([boundedCounts(db, shownIn, ids), boundedCounts(db, pinnedIn, ids)]);
  return new Map(ids.map((id) => [id, { shown: shown.get(id)!, pinned: pinned.get(id)! }]));
}

/** Whether any patient has been given the item: the test for "deactivate, never delete". */
export function hasBeenGiven(usage: Usage): boolean {
  return usage.shown > 0 || usage.pinned > 0;
}
