import type { LocalDate } from "@/lib/moods/local-date";

// The outbox's dedupe keys, one per cause: the one place that spells them, for the code that
// queues email and the code that reads a key back (whom an email is about).
export const emailKeys = {
  alert: (alertId: number) => `alert:${alertId}`,
  escalation: (alertId: number, adminId: number) => `escalation:${alertId}:${adminId}`,
  // A patient's unresolved alerts told to the psychiatrist they moved to, named by the newest.
  handover: (alertId: number, psychiatristId: number) => `handover:${alertId}:${psychiatristId}`,
  reminder: (patientId: number, day: LocalDate) => `reminder:${patientId}:${day}`,
  reply: (replyId: number) => `reply:${replyId}`,
  rejection: (userId: number) => `rejection:${userId}`,
  // To the address an account signed in with, when its owner changed it; one per change.
  emailChanged: (userId: number, at: Date) => `email-changed:${userId}:${at.getTime()}`,
  // One per password change: the session version it moved to.
  passwordChanged: (userId: number, sessionVersion: number) => `password-changed:${userId}:${sessionVersion}`,
};

const ALERT_OF_KEY = /^(?:alert|escalation|handover):([1-9]\d{0,15})(?::|$)/;

/** The alert an alert, escalation or handover email is about, from its key; null for any other key. */
export function alertIdOfKey(key: string): number | null {
  const id = ALERT_OF_KEY.exec(key)?.[1];
  return id ? Number(id) : null;
}
