import { and, eq, lte, notExists, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailOutbox, moodEntries, patients, users } from "@/db/schema";
import { localDate } from "@/lib/moods/local-date";
import { serviceSettings } from "@/lib/settings/service-settings";
import { queueEmail } from "./outbox";
import { emailKeys } from "./email-keys";
import { reminderEmail } from "./templates/reminder-email";
import { unsubscribeToken } from "./unsubscribe-token";

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "HH:MM" on the 24-hour clock at `now` in `zone`. */
export function localTime(now: Date, zone: string): string {
  let format = timeFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    timeFormats.set(zone, format);
  }
  return format.format(now);
}

/**
 * Queues today's reminder for every patient who opted in, whose local reminder time has passed
 * and who has not checked in today. Patients are taken a time zone at a time, since "today" and
 * "now" depend on it. Run every minute by each worker: the dedupe key keeps it to one a day.
 */
export async function queueDueReminders(now = new Date()): Promise<number> {
  const db = getDb();
  const { defaultReminderTime } = await serviceSettings();
  const optedIn = and(eq(patients.remindersOptIn, true), eq(users.status, "active"));
  const zones = await db
    .selectDistinct({ zone: users.timezone })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(optedIn);
  let queued = 0;
  for (const { zone } of zones) {
    let today: string;
    let time: string;
    try {
      today = localDate(now, zone);
      time = localTime(now, zone);
    } catch {
      continue; // A zone this server does not know: registration refuses those, so none is expected.
    }
    const due = await db
      .select({ id: users.id, email: users.email, firstName: users.firstName })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .where(
        and(
          optedIn,
          eq(users.timezone, zone),
          lte(sql`coalesce(${patients.reminderTime}, ${defaultReminderTime})`, time),
          notExists(db.select({ one: sql`1` }).from(moodEntries).where(and(eq(moodEntries.patientId, patients.userId), eq(moodEntries.entryDate, today)))),
          // The same key as emailKeys.reminder, built in SQL for every candidate at once.
          notExists(db.select({ one: sql`1` }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, sql`concat('reminder:', ${patients.userId}, ':', ${today})`))),
        ),
      );
    for (const patient of due) {
      const email = reminderEmail({ firstName: patient.firstName, token: unsubscribeToken(patient.id) });
      if (await queueEmail(db, { dedupeKey: emailKeys.reminder(patient.id, today), kind: "reminder", userId: patient.id, to: patient.email, ...email })) queued++;
    }
  }
  return queued;
}
