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

/**
 * An instant written out on the server for a client component: the browser's own locale data
 * may write a date differently, and its copy must match the server's HTML.
 */
export type Stamp = { iso: string; text: string };

/** An instant as the reader's own clock shows it, "15 Jun 2026, 14:05". */
export function stampOf(at: Date, timeZone: string): Stamp {
  return { iso: at.toISOString(), text: formatFor(timeZone).format(at) };
}

/** A written-out instant, machine-readable too. */
export function Stamped({ stamp }: { stamp: Stamp }) {
  return <time dateTime={stamp.iso}>{stamp.text}</time>;
}

/** An instant as the reader's own clock shows it, and machine-readable. */
export function Moment({ at, timeZone }: { at: Date; timeZone: string }) {
  return <Stamped stamp={stampOf(at, timeZone)} />;
}
