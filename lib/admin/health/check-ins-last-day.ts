import { and, between, count, gt, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moodEntries } from "@/db/schema";
import { addDays } from "@/lib/moods/local-date";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Check-ins made in the 24 hours up to `now`. "Today" differs for patients in different time
 * zones, so the honest service-wide figure is a rolling day. An entry is dated the patient's
 * local day, which is at most a day either side of the UTC day (UTC−12 to UTC+14): that range
 * of entry_date is what the index reads, and only those entries are checked for when they were
 * made. A second check-in the same day edits the first, so each counts once. (Exported for the
 * test that EXPLAINs it.)
 */
export function checkInsLastDayQuery(now: Date) {
  const since = new Date(now.getTime() - DAY_MS);
  const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);
  return getDb()
    .select({ n: count() })
    .from(moodEntries)
    .where(
      and(
        between(moodEntries.entryDate, addDays(utcDay(since), -1), addDays(utcDay(now), 1)),
        gt(moodEntries.createdAt, since),
        lte(moodEntries.createdAt, now),
      ),
    );
}

export async function checkInsLastDay(now: Date): Promise<number> {
  const [{ n }] = await checkInsLastDayQuery(now);
  return Number(n);
}
