// The mood scale and the date wording as patients read them on screen, written out here rather
// than imported from the app so that the tests notice if the app's wording changes.

/** The seven words of the mood scale, best to worst, and the value the database keeps for each. */
export const MOOD_VALUES = { Great: 7, Good: 6, Okay: 5, Uneasy: 4, Low: 3, "Very low": 2, Distressed: 1 } as const;
export type MoodWord = keyof typeof MOOD_VALUES;
export const MOOD_WORDS = Object.keys(MOOD_VALUES) as MoodWord[];

const asUtc = (date: string) => new Date(`${date}T00:00:00Z`);
const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "Friday 20 November 2026": how the journal heads an entry for the date "2026-11-20". */
export function dayName(date: string): string {
  return longDay.format(asUtc(date)).replace(",", "");
}

/** "Fri 20 Nov": how the progress table names a day. */
export function shortDayName(date: string): string {
  return shortDayFormat.format(asUtc(date));
}
