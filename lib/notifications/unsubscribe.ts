import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { patients } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/**
 * Turns off a patient's daily reminders from the link in one of them. True when the token was
 * good (also when reminders were already off, so a second click reads the same).
 */
export async function unsubscribeFromReminders(token: string): Promise<boolean> {
  const patientId = verifyUnsubscribeToken(token);
  if (patientId === null) return false;
  const [result] = await getDb().update(patients).set({ remindersOptIn: false }).where(eq(patients.userId, patientId));
  if (result.affectedRows === 0) return false;
  await recordAudit(null, { action: "reminders.unsubscribe", targetType: "patient", targetId: patientId, patientId });
  return true;
}
