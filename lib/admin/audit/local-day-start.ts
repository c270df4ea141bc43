import { isLocalDate, type LocalDate, localDate } from "@/lib/moods/local-date";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The zone itself when this server knows it, else UTC: a filter should never fail on a zone. */
export function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/**
 * The first instant of a calendar day in a time zone. Usually local midnight, but where a clock
 * change skips midnight (America/Havana in spring) the day starts at the change. Found by
 * halving the window from 15 hours before to 13 hours after midnight UTC, which holds every
 * offset in use (−12 to +14): a dozen steps, whatever the zone's rules.
 */
export function localDayStart(date: LocalDate, timeZone: string): Date {
  if (!isLocalDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const zone = knownZone(timeZone);
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // Invariant: at `before` the zone is still on an earlier day; at `after` it has reached `date`.
  let before = midnightUtc - 15 * HOUR;
  let after = midnightUtc + 13 * HOUR;
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
    if (localDate(new Date(middle), zone) >= date) after = middle;
    else before = middle;
  }
  return new Date(after);
}
