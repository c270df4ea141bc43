/**
 * A count that stopped at `limit` (lists count at most limit + 1 rows, so a screen's cost does
 * not grow with the database), as a person reads it: "3", "1,204", or "10,000+" past the limit.
 */
export function cappedCount(count: number, limit: number): string {
  return count > limit ? `${limit.toLocaleString("en-GB")}+` : count.toLocaleString("en-GB");
}
