import { parsePhoneNumberFromString } from "libphonenumber-js";

// UK is the charity's home, so numbers written without a country code are read as British.
export const DEFAULT_PHONE_REGION = "GB";

/** The number in E.164 form (+442079460018), or null when it is not a valid phone number. */
export function toE164(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), DEFAULT_PHONE_REGION);
  return parsed?.isValid() ? parsed.number : null;
}
