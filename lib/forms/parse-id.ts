const DIGITS = /^[1-9]\d{0,15}$/;

/**
 * A row id from a form or URL: a positive whole number written plainly ("42"), or null for
 * anything else, so one row has one address (not also "0x2a" or "4.2e1").
 */
export function parseId(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !DIGITS.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}
