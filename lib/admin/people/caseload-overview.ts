import { asc, count, eq, and } from "drizzle-orm";
import { getDb } from "@/db/client";
import { patients, psychiatrists, users } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";

export type PsychiatristCaseload = {
  id: number;
  firstName: string;
  lastName: string;
  patients: number;
  accepting: boolean;
  approvedAt: Date | null;
};

/** More psychiatrists than a charity has; the overview never reads without a bound. */
export const CASELOAD_OVERVIEW_LIMIT = 500;

/**
 * How many patients each active psychiatrist has, and whether they take new ones, in one grouped
 * query (the patients_psychiatrist index counts each caseload), by name. Only names and counts:
 * no patient is shown, so reading it is not audited; a refusal is.
 */
export async function caseloadOverview(admin: Actor): Promise<PsychiatristCaseload[] | null> {
  if (!(await adminOrAudited(admin, { action: "caseloads.view" }))) return null;
  return getDb()
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      patients: count(patients.userId),
      accepting: psychiatrists.acceptingNewPatients,
      approvedAt: psychiatrists.approvedAt,
    })
    .from(psychiatrists)
    .innerJoin(users, eq(users.id, psychiatrists.userId))
    .leftJoin(patients, eq(patients.psychiatristId, psychiatrists.userId))
    .where(and(eq(users.role, "psychiatrist"), eq(users.status, "active")))
    .groupBy(users.id, users.firstName, users.lastName, psychiatrists.acceptingNewPatients, psychiatrists.approvedAt)
    .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id))
    .limit(CASELOAD_OVERVIEW_LIMIT);
}

/** The fewest and most patients among those who take new ones: the assignment rule keeps them within one. */
export function acceptingSpread(rows: readonly PsychiatristCaseload[]): { fewest: number; most: number } | null {
  const counts = rows.filter((r) => r.accepting).map((r) => r.patients);
  return counts.length === 0 ? null : { fewest: Math.min(...counts), most: Math.max(...counts) };
}
