import { parsePhoneNumberFromString } from "libphonenumber-js";

/** A stored E.164 number spaced as people read it ("+44 20 7946 0456"); as stored if it will not parse. */
export function displayPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
