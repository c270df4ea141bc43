import { and, asc, desc, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { alerts } from "@/db/schema";
import { emailKeys } from "@/lib/notifications/email-keys";
import { queueEmail } from "@/lib/notifications/outbox";
import { handoverEmail } from "@/lib/notifications/templates/handover-email";
import { serviceSettings } from "@/lib/settings/service-settings";
import { patientContact } from "./patient-contact";
import { bySeverity } from "./severity";

/**
 * Tells the psychiatrist a patient has just moved to about that patient's unresolved alerts, in
 * the transaction of the move: the urgent email about them went to the psychiatrist who had them
 * then (and is cancelled if that psychiatrist leaves). Run after the patients' rows name their
 * new psychiatrist. Returns how many emails were queued; the caller wakes the outbox after commit.
 */
export async function handOverAlerts(tx: Transaction, patientIds: readonly number[]): Promise<number> {
  if (patientIds.length === 0) return 0;
  const unresolved = await tx
    .select({
      id: alerts.id,
      patientId: alerts.patientId,
      rule: alerts.rule,
      severity: alerts.severity,
      reason: alerts.reason,
      status: alerts.status,
      entryDate: alerts.entryDate,
      mood: alerts.mood,
      note: alerts.note,
    })
    .from(alerts)
    .where(and(inArray(alerts.patientId, [...patientIds]), inArray(alerts.status, ["open", "acknowledged"])))
    .orderBy(asc(alerts.patientId), desc(alerts.id));
  if (unresolved.length === 0) return 0;
  const byPatient = new Map<number, typeof unresolved>();
  for (const alert of unresolved) byPatient.set(alert.patientId!, [...(byPatient.get(alert.patientId!) ?? []), alert]);

  const { alertEmailDetail } = await serviceSettings(tx);
  let queued = 0;
  for (const [patientId, theirs] of byPatient) {
    const contact = await patientContact(tx, patientId);
    if (!contact) continue;
    const email = handoverEmail({
      detail: alertEmailDetail,
      patient: contact,
      alerts: bySeverity(theirs.map((a) => ({ ...a, status: a.status as "open" | "acknowledged" }))),
    });
    // Named by the newest alert: moved again later, with a new alert or to someone else, they are told again.
    const key = emailKeys.handover(theirs[0].id, contact.psychiatrist.id);
    if (await queueEmail(tx, { dedupeKey: key, kind: "alert", urgent: true, userId: contact.psychiatrist.id, to: contact.psychiatrist.email, ...email })) queued++;
  }
  return queued;
}
