export type Showing = { id: number; date: string };

/**
 * The id shown longest ago: never-shown ids first, then by the date each was last shown
 * ("YYYY-MM-DD", which sorts as text). Ties go to the lowest id, so the answer is stable.
 * Both the task of the day and the daily message rotate by this rule.
 */
export function leastRecentlyShown(ids: readonly number[], shown: readonly Showing[]): number | null {
  const lastShown = new Map<number, string>();
  for (const s of shown) {
    const previous = lastShown.get(s.id);
    if (!previous || s.date > previous) lastShown.set(s.id, s.date);
  }
  let best: number | null = null;
  for (const id of [...ids].sort((a, b) => a - b)) {
    if (best === null || isOlder(lastShown.get(id), lastShown.get(best))) best = id;
  }
  return best;
}

// Never shown (undefined) is older than any date.
function isOlder(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return b !== undefined;
  return b !== undefined && a < b;
}
