/** True for a time zone the runtime knows by its IANA name (e.g. "Europe/London", "UTC"). */
// Area/Location names only: the runtime would also accept offsets such as "+01:00", which
// follow no daylight-saving rules and so are not a place's time.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

export function isValidTimezone(zone: string): boolean {
  if (!zone || zone.length > 64 || !IANA_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's name as the runtime spells it; call only with a valid zone. */
export function canonicalTimezone(zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone }).resolvedOptions().timeZone;
}

/** Every IANA zone this runtime knows, with UTC and the charity's home zone always present. */
export function listTimezones(): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add("Europe/London");
  return [...zones].filter(isValidTimezone).sort();
}
