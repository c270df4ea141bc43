import { asc, eq, gte } from "drizzle-orm";
import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { assessEntry } from "@/lib/risk/assess-entry";
import type { Database } from "./client";
import { alerts, moodEntries, patients } from "./schema";

// What a psychiatrist might have written when closing an alert, for the demo.
const RESOLUTIONS = [
  "Phoned the patient the same evening; they are safe and have the crisis numbers. Follow-up booked.",
  "Spoke to the patient; the note was about a hard day at work. Reviewed at the next appointment.",
  "Called and agreed a safety plan with the patient and their emergency contact.",
  "Patient seen at the clinic the next morning; medication reviewed.",
];

/**
 * Runs the alert rules (with their defaults) over the last `days` of seeded check-ins, as the
 * check-ins would have when they were made, and records each alert as acknowledged and resolved
 * by the patient's psychiatrist: a history to read, and no open alert to change who comes first
 * on a caseload. No email is queued; these events are in the past.
 */
export async function seedAlerts(db: Database, options: { today: LocalDate; days: number; now: Date }): Promise<number> {
  const from = addDays(options.today, -options.days);
  const rows = await db
    .select({ id: moodEntries.id, patientId: moodEntries.patientId, date: moodEntries.entryDate, mood: moodEntries.mood, note: moodEntries.note, psychiatristId: patients.psychiatristId })
    .from(moodEntries)
    .innerJoin(patients, eq(patients.userId, moodEntries.patientId))
    .where(gte(moodEntries.entryDate, addDays(from, -14)))
    .orderBy(asc(moodEntries.patientId), asc(moodEntries.entryDate));
  const history = new Map<number, { date: string; mood: number }[]>();
  const values: (typeof alerts.$inferInsert)[] = [];
  // Never later than an hour ago, so nothing looks resolved in the future.
  const latest = options.now.getTime() - 3_600_000;
  const at = (date: string, hour: number, plusDays = 0) => new Date(Math.min(Date.parse(`${addDays(date, plusDays)}T${hour}:00:00Z`), latest));
  for (const entry of rows) {
    const before = history.get(entry.patientId) ?? [];
    if (entry.date >= from) {
      for (const hit of assessEntry({ mood: entry.mood, note: entry.note, date: entry.date, history: before })) {
        values.push({
          patientId: entry.patientId,
          entryId: entry.id,
          dedupeKey: `entry:${entry.id}:${hit.rule}`,
          rule: hit.rule,
          severity: hit.severity,
          reason: hit.reason,
          mood: entry.mood,
          note: entry.note,
          entryDate: entry.date,
          status: "resolved",
          createdAt: at(entry.date, 19),
          acknowledgedBy: entry.psychiatristId,
          acknowledgedAt: at(entry.date, 20),
          resolvedBy: entry.psychiatristId,
          resolvedAt: at(entry.date, 10, 1),
          resolution: RESOLUTIONS[values.length % RESOLUTIONS.length],
        });
      }
    }
    history.set(entry.patientId, [...before.slice(-14), { date: entry.date, mood: entry.mood }]);
  }
  if (values.length > 0) await db.insert(alerts).values(values);
  return values.length;
}
