const OPTIONS: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" };
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-GB", { ...OPTIONS, timeZone });
    } catch {
      // A zone this server does not know: UTC, saying so, rather than a broken page.
      format = new Intl.DateTimeFormat("en-GB", { ...OPTIONS, timeZone: "UTC", timeZoneName: "short" });
    }
    formats.set(timeZone, format);
  }
  return format;
}

/** An instant as the reader's own clock shows it, "15 Jun 2026, 14:05", and machine-readable. */
export function Moment({ at, timeZone }: { at: Date; timeZone: string }) {
  return <time dateTime={at.toISOString()}>{formatFor(timeZone).format(at)}</time>;
}
