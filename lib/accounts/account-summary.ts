import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { psychiatrists, users, type Role, type Status } from "@/db/schema";

export type AccountCounts = { role: Role; status: Status; count: number }[];
export type PendingPsychiatrist = { id: number; firstName: string; lastName: string; email: string; registrationNumber: string; createdAt: Date };

/** How many accounts there are of each role and status, for the admin's overview. */
export async function accountCounts(): Promise<AccountCounts> {
  const rows = await getDb()
    .select({ role: users.role, status: users.status, count: count() })
    .from(users)
    .groupBy(users.role, users.status);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Psychiatrists waiting for approval, oldest application first. */
export async function pendingPsychiatrists(limit = 50): Promise<PendingPsychiatrist[]> {
  return getDb()
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      registrationNumber: psychiatrists.registrationNumber,
      createdAt: users.createdAt,
    })
    .from(users)
    .innerJoin(psychiatrists, eq(psychiatrists.userId, users.id))
    .where(and(eq(users.role, "psychiatrist"), eq(users.status, "pending")))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(limit);
}
