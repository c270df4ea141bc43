import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moodEntries, patients, users } from "@/db/schema";

export type PsychiatristBacklog = { id: number; name: string; patients: number; unreviewed: number };

/** The most psychiatrists the overview lists: a charity has tens. */
export const BACKLOG_ROWS = 100;

// Drizzle leaves columns unqualified in a query over one table, so the correlated subqueries
// name their tables themselves. The second walks patients_psychiatrist to each patient, then
// mood_entries_patient_unreviewed for their unreviewed entries, as the review queue does: the cost
// follows the backlog.
const patientCount = sql<number>`(select count(*) from ${patients} as p where p.psychiatrist_id = ${users}.id)`;
const unreviewedCount = sql<number>`(select count(*) from ${patients} as p inner join ${moodEntries} as e on e.patient_id = p.user_id
  where p.psychiatrist_id = ${users}.id and e.reviewed_at is null)`;

/** Each active psychiatrist's patients and unreviewed check-ins, the longest backlog first. (Exported for EXPLAIN.) */
export function backlogQuery(limit = BACKLOG_ROWS + 1) {
  return getDb()
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, patients: patientCount.as("patients"), unreviewed: unreviewedCount.as("unreviewed") })
    .from(users)
    .where(and(eq(users.role, "psychiatrist"), eq(users.status, "active")))
    .orderBy(desc(sql.identifier("unreviewed")), asc(users.lastName), asc(users.firstName), asc(users.id))
    .limit(limit);
}

export async function unreviewedByPsychiatrist(): Promise<{ rows: PsychiatristBacklog[]; more: boolean }> {
  const rows = await backlogQuery();
  return {
    rows: rows.slice(0, BACKLOG_ROWS).map((row) => ({ id: row.id, name: `${row.firstName} ${row.lastName}`, patients: Number(row.patients), unreviewed: Number(row.unreviewed) })),
    more: rows.length > BACKLOG_ROWS,
  };
}
