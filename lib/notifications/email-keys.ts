import type { LocalDate } from "@/lib/moods/local-date";

// The outbox's dedupe keys, one per cause: the one place that spells them, for the code that
// queues email and the code that reads a key back (whom an email is about).
export const emailKeys = {
  alert: (alertId: number) => `alert:${alertId}`,
  escalation: (alertId: number, adminId: number) => `escalation:${alertId}:${adminId}`,
  reminder: (patientId: number, day: LocalDate) => `reminder:${patientId}:${day}`,
  reply: (replyId: number) => `reply:${replyId}`,
  rejection: (userId: number) => `rejection:${userId}`,
};

const ALERT_OF_KEY = /^(?:alert|escalation):([1-9]\d{0,15})(?::|$)/;

/** The alert an alert or escalation email is about, from its key; null for any other key. */
export function alertIdOfKey(key: string): number | null {
  const id = ALERT_OF_KEY.exec(key)?.[1];
  return id ? Number(id) : null;
}
