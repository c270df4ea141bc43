import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moodEntries, patients } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";

/**
 * Whether the patient is assigned to this psychiatrist. A refusal is written to the audit trail
 * with the action that was attempted, so probing for other psychiatrists' patients is visible.
 */
export async function assignedOrAudited(psychiatrist: Actor, patientId: number, action: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ userId: patients.userId })
    .from(patients)
    .where(and(eq(patients.userId, patientId), eq(patients.psychiatristId, psychiatrist.id)))
    .limit(1);
  if (row) return true;
  await recordAudit(psychiatrist, { action, outcome: "denied", targetType: "patient", targetId: patientId, patientId });
  return false;
}

/**
 * The entry and its patient when the entry belongs to one of this psychiatrist's patients;
 * otherwise null, with the refused attempt audited (naming the entry's real patient, if any).
 */
export async function assignedEntryOrAudited(
  psychiatrist: Actor,
  entryId: number,
  action: string,
): Promise<{ entryId: number; patientId: number } | null> {
  const [row] = await getDb()
    .select({ patientId: moodEntries.patientId, psychiatristId: patients.psychiatristId })
    .from(moodEntries)
    .innerJoin(patients, eq(patients.userId, moodEntries.patientId))
    .where(eq(moodEntries.id, entryId))
    .limit(1);
  if (row && row.psychiatristId === psychiatrist.id) return { entryId, patientId: row.patientId };
  await recordAudit(psychiatrist, { action, outcome: "denied", targetType: "entry", targetId: entryId, patientId: row?.patientId ?? null });
  return null;
}
