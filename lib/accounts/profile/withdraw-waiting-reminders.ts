import { and, eq, ne } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { localDate } from "@/lib/moods/local-date";
import { emailKeys } from "@/lib/notifications/email-keys";
import { localTime } from "@/lib/notifications/queue-reminders";
import { serviceSetting } from "@/lib/settings/service-settings";

export type ReminderChoice = { remindersOptIn: boolean; reminderTime: string | null; timezone: string };

/**
 * After a patient saves their reminder choices (or time zone): a reminder still waiting to be
 * sent goes only if the new choices would have queued it by now; any other is withdrawn. It is
 * deleted rather than cancelled, so that a later time today still gets today's reminder (the
 * worker queues at most one per day, counting every row with that day's key). One a worker is
 * sending at this moment is left to finish.
 */
export async function withdrawWaitingReminders(tx: Transaction, patientId: number, choice: ReminderChoice): Promise<void> {
  const stillDue = dueReminderKey(patientId, choice, await serviceSetting("defaultReminderTime", tx), new Date());
  await tx
    .delete(emailOutbox)
    .where(
      and(
        eq(emailOutbox.userId, patientId),
        eq(emailOutbox.kind, "reminder"),
        eq(emailOutbox.status, "pending"),
        stillDue === null ? undefined : ne(emailOutbox.dedupeKey, stillDue),
      ),
    );
}

/** The key of the reminder these choices would have queued by `now` today, or null for none. */
function dueReminderKey(patientId: number, choice: ReminderChoice, defaultTime: string, now: Date): string | null {
  if (!choice.remindersOptIn) return null;
  const time = choice.reminderTime ?? defaultTime;
  return localTime(now, choice.timezone) >= time ? emailKeys.reminder(patientId, localDate(now, choice.timezone)) : null;
}
