// A patient's "today" is their own calendar day where they live, not the server's or UTC's.
// Dates are carried as "YYYY-MM-DD" strings: a calendar day has no time and no zone.

export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Checked by arithmetic rather than through a Date: a caseload page converts a few hundred dates,
// and each Date made on Next's server goes through its instrumented constructor.
function calendarParts(value: string): [number, number, number] | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Years below 100 are left out: Date.UTC reads them as 1900 to 1999.
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? [y, m, d] : null;
}

export function isLocalDate(value: string): boolean {
  return calendarParts(value) !== null;
}

/** The instant the date begins in UTC, in ms: what a UTC-zoned formatter needs to name the day. */
export function toUtcMidnight(date: LocalDate): number {
  const parts = calendarParts(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return Date.UTC(parts[0], parts[1] - 1, parts[2]);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The date `days` days after (or, when negative, before) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A calendar date as people say it: "Friday 20 November 2026". */
export function formatDay(date: LocalDate): string {
  return dayFormat.format(new Date(toUtcMidnight(date))).replace(",", "");
}
