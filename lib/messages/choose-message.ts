export type MessageShown = { messageId: number; date: string };

/**
 * Today's message for a patient: one they have never been shown, lowest id first; once the
 * whole library has been shown, the one shown longest ago. So no message repeats until every
 * active one has been seen, and consecutive days never share one while the library has two.
 */
export function chooseMessage(activeIds: readonly number[], shown: readonly MessageShown[]): number | null {
  if (activeIds.length === 0) return null;
  const lastShown = new Map<number, string>();
  for (const s of shown) {
    const previous = lastShown.get(s.messageId);
    if (!previous || s.date > previous) lastShown.set(s.messageId, s.date);
  }
  const sorted = [...activeIds].sort((a, b) => a - b);
  const unseen = sorted.find((id) => !lastShown.has(id));
  if (unseen !== undefined) return unseen;
  return sorted.reduce((best, id) => (lastShown.get(id)! < lastShown.get(best)! ? id : best));
}
