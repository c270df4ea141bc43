import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { alerts } from "@/db/schema";

/**
 * Whether the patient's own check-in raised any alert (concerning words, say, on an Okay day):
 * the patient is then shown crisis help, whatever the mood. Scoped to the patient, so an entry
 * id of someone else's is simply "no".
 */
export async function entryHasAlert(patientId: number, entryId: number): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(eq(alerts.entryId, entryId), eq(alerts.patientId, patientId)))
    .limit(1);
  return row !== undefined;
}
