const formats = new Map<string, Intl.DateTimeFormat>();

/** "Tuesday 16 June 2026 at 14:05 (Europe/London)": when an account change happened, on the reader's clock. */
export function accountMoment(at: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formats.set(timeZone, format);
  }
  return `${format.format(at)} (${timeZone.replaceAll("_", " ")})`;
}
