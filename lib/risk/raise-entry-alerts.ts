import { and, between, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { moodEntries } from "@/db/schema";
import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { assessEntry } from "./assess-entry";
import { loadRules } from "./load-rules";
import { openAlerts } from "./open-alerts";

export type SavedEntryForAlerts = { id: number; patientId: number; date: LocalDate; mood: number; note: string | null };

/**
 * Runs the entry rules over a check-in just saved (or edited) against the patient's days before
 * it, inside the same transaction, and opens what they find. Returns the ids of alerts opened.
 */
export async function raiseEntryAlerts(tx: Transaction, entry: SavedEntryForAlerts): Promise<number[]> {
  const rules = await loadRules(tx);
  const lookback = Math.max(rules.low_run.days, rules.sharp_drop.days);
  const history = await tx
    .select({ date: moodEntries.entryDate, mood: moodEntries.mood })
    .from(moodEntries)
    .where(and(eq(moodEntries.patientId, entry.patientId), between(moodEntries.entryDate, addDays(entry.date, -lookback), addDays(entry.date, -1))));
  const hits = assessEntry({ mood: entry.mood, note: entry.note, date: entry.date, history }, rules);
  if (hits.length === 0) return [];
  return openAlerts(tx, { patientId: entry.patientId, entry, dedupeKey: (hit) => `entry:${entry.id}:${hit.rule}` }, hits);
}
