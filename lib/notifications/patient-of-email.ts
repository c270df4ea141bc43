import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { alerts } from "@/db/schema";
import { alertIdOfKey } from "./email-keys";

// Alert and escalation emails go to staff but are about the patient of the alert their cause
// names; reminders and replies go to the patient.
const TO_THE_PATIENT = new Set(["reminder", "reply"]);

/**
 * The patient an email is about, or null when it is about nobody in particular, so that an
 * admin reading it is traced in the audit trail like any staff read of that patient's data.
 */
export async function patientOfEmail(email: { kind: string; dedupeKey: string; userId: number | null }): Promise<number | null> {
  if (TO_THE_PATIENT.has(email.kind)) return email.userId;
  const alertId = alertIdOfKey(email.dedupeKey);
  if (alertId === null) return null;
  const [row] = await getDb().select({ patientId: alerts.patientId }).from(alerts).where(eq(alerts.id, alertId)).limit(1);
  return row?.patientId ?? null;
}
