import type { LocalDate } from "@/lib/moods/local-date";

/** One reminder per patient per local day: the outbox's dedupe key makes that hold across workers. */
export function reminderKey(patientId: number, day: LocalDate): string {
  return `reminder:${patientId}:${day}`;
}
