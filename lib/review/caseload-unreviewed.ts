import { and, eq, isNull, type SQL } from "drizzle-orm";
import { moodEntries, patients } from "@/db/schema";

/**
 * The entries of one psychiatrist's own patients that nobody has reviewed, as the filter of a
 * query `from(patients).innerJoin(moodEntries, eq(moodEntries.patientId, patients.userId))`:
 * the review queue, the waiting count and the caseload's figures all start there. Starting from
 * the psychiatrist's patients lets MySQL walk patients_psychiatrist, then
 * mood_entries_patient_unreviewed for each patient's unreviewed entries (their mood and day are
 * in the index): the cost follows the caseload's backlog, not the size of the table.
 */
export function caseloadUnreviewed(psychiatristId: number): SQL {
  return and(eq(patients.psychiatristId, psychiatristId), isNull(moodEntries.reviewedAt))!;
}
