import { count } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role, type Status } from "@/db/schema";

export type AccountCounts = { role: Role; status: Status; count: number }[];

/**
 * How many accounts there are of each role and status: one pass over the (role, status) index,
 * never the rows. Callers check the admin first.
 */
export async function accountCounts(): Promise<AccountCounts> {
  const rows = await getDb()
    .select({ role: users.role, status: users.status, count: count() })
    .from(users)
    .groupBy(users.role, users.status)
    .orderBy(users.role, users.status);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
