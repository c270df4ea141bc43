import { and, eq, gte, inArray, lte, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moodEntries, users } from "@/db/schema";
import { addDays, localDate } from "@/lib/moods/local-date";
import { wakeOutbox } from "@/lib/notifications/wake";
import { assessSilence, silenceLookback } from "./assess-silence";
import { loadRules } from "./load-rules";
import { openAlerts } from "./open-alerts";

/**
 * The daily silence rule, run hourly by the worker so each patient is looked at soon after their
 * own midnight. Per time zone, only patients whose last check-in falls inside the rule's window
 * are loaded; one alert per silence (keyed by the last check-in day), so reruns and several
 * workers open it once.
 */
export async function sweepSilence(now = new Date()): Promise<number> {
  const db = getDb();
  const rules = await loadRules();
  if (!rules.silence.enabled) return 0;
  const lookback = silenceLookback(rules);
  const zones = await db.selectDistinct({ zone: users.timezone }).from(users).where(and(eq(users.role, "patient"), eq(users.status, "active")));
  let opened = 0;
  for (const { zone } of zones) {
    let today: string;
    try {
      today = localDate(now, zone);
    } catch {
      continue;
    }
    const quiet = await db
      .select({ patientId: moodEntries.patientId, last: max(moodEntries.entryDate) })
      .from(moodEntries)
      .innerJoin(users, eq(users.id, moodEntries.patientId))
      .where(and(eq(users.timezone, zone), eq(users.status, "active"), gte(moodEntries.entryDate, addDays(today, -lookback)), lte(moodEntries.entryDate, today)))
      .groupBy(moodEntries.patientId)
      .having(({ last }) => lte(last, addDays(today, -rules.silence.days - 1)));
    if (quiet.length === 0) continue;
    const histories = await db
      .select({ patientId: moodEntries.patientId, date: moodEntries.entryDate, mood: moodEntries.mood })
      .from(moodEntries)
      .where(and(inArray(moodEntries.patientId, quiet.map((q) => q.patientId)), gte(moodEntries.entryDate, addDays(today, -lookback))));
    const byPatient = new Map<number, { date: string; mood: number }[]>();
    for (const day of histories) byPatient.set(day.patientId, [...(byPatient.get(day.patientId) ?? []), day]);
    for (const { patientId, last } of quiet) {
      const hit = assessSilence({ today, history: byPatient.get(patientId) ?? [] }, rules);
      if (!hit) continue;
      const ids = await db.transaction((tx) =>
        openAlerts(tx, { patientId, entry: null, dedupeKey: () => `silence:${patientId}:${last}` }, [hit]),
      );
      opened += ids.length;
    }
  }
  if (opened > 0) wakeOutbox();
  return opened;
}
