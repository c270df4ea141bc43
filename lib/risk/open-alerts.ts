import type { Transaction } from "@/db/client";
import { alerts } from "@/db/schema";
import { isDuplicateKey } from "@/lib/db/mysql-errors";
import type { LocalDate } from "@/lib/moods/local-date";
import { emailKeys } from "@/lib/notifications/email-keys";
import { queueEmail } from "@/lib/notifications/outbox";
import { alertEmail } from "@/lib/notifications/templates/alert-email";
import { serviceSettings } from "@/lib/settings/service-settings";
import { patientContact } from "./patient-contact";
import type { RuleHit } from "./rule-kinds";

export type AlertCause = {
  patientId: number;
  /** The entry that raised it, or null (silence). */
  entry: { id: number; date: LocalDate; mood: number; note: string | null } | null;
  /** One alert per cause and rule: the same key never opens a second alert. */
  dedupeKey: (hit: RuleHit) => string;
};

/**
 * Opens an alert for each hit not already open for this cause and, in the same transaction,
 * queues one urgent email to the patient's psychiatrist about the alerts just opened (so a
 * check-in that trips three rules sends one email, not three). Returns the alerts opened; the
 * caller wakes the outbox after commit.
 */
export async function openAlerts(tx: Transaction, cause: AlertCause, hits: readonly RuleHit[]): Promise<number[]> {
  const opened: { id: number; hit: RuleHit }[] = [];
  for (const hit of hits) {
    try {
      const [{ id }] = await tx
        .insert(alerts)
        .values({
          patientId: cause.patientId,
          entryId: cause.entry?.id ?? null,
          dedupeKey: cause.dedupeKey(hit),
          rule: hit.rule,
          severity: hit.severity,
          reason: hit.reason.slice(0, 500),
          mood: cause.entry?.mood ?? null,
          note: cause.entry?.note ?? null,
          entryDate: cause.entry?.date ?? null,
        })
        .$returningId();
      opened.push({ id, hit });
    } catch (error) {
      // Already raised for this cause (an edit, or a second worker): nothing new to tell.
      if (!isDuplicateKey(error, "alerts_dedupe_key")) throw error;
    }
  }
  if (opened.length === 0) return [];
  const contact = await patientContact(tx, cause.patientId);
  if (contact) {
    const settings = await serviceSettings(tx);
    const email = alertEmail({
      detail: settings.alertEmailDetail,
      escalationHours: settings.escalationHours,
      patient: contact,
      entry: cause.entry,
      hits: opened.map((o) => o.hit),
    });
    await queueEmail(tx, {
      dedupeKey: emailKeys.alert(opened[0].id),
      kind: "alert",
      urgent: true,
      userId: contact.psychiatrist.id,
      to: contact.psychiatrist.email,
      ...email,
    });
  }
  return opened.map((o) => o.id);
}
