// Psychiatrists give their BACP membership number. MiWell accepts it as six to eight digits,
// optionally written with a leading "BACP" (any case, spaces or a hyphen after it) and stores the
// digits alone, so "BACP 012345" and "012345" are the same registration.
const BACP = /^(?:BACP[\s-]*)?(\d{6,8})$/i;

export function normalizeRegistrationNumber(raw: string): string | null {
  const match = BACP.exec(raw.trim());
  return match ? match[1] : null;
}
