// A UK postcode: outward code (area, district) then inward code (sector digit, unit letters).
// The inward code's letters never include C, I, K, M, O or V. GIR 0AA is Girobank's own.
const POSTCODE = /^(?:([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][ABD-HJLNP-UW-Z]{2})|(GIR) ?(0AA))$/;

/** The postcode in its standard written form ("SW1A 1AA"), or null when it is not a UK postcode. */
export function normalizeUkPostcode(raw: string): string | null {
  const match = POSTCODE.exec(raw.trim().toUpperCase().replace(/\s+/g, " "));
  if (!match) return null;
  const outward = match[1] ?? match[3];
  const inward = match[2] ?? match[4];
  return `${outward} ${inward}`;
}
