import { z } from "zod";

/** An entry id from a form or URL: a positive whole number, or null for anything else. */
export function parseEntryId(value: unknown): number | null {
  const parsed = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).safeParse(value);
  return parsed.success ? parsed.data : null;
}
