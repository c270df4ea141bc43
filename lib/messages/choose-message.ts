import { leastRecentlyShown } from "@/lib/rotation/least-recently-shown";

export type MessageShown = { messageId: number; date: string };

/**
 * Today's message for a patient: one they have never been shown, lowest id first; once the
 * whole library has been shown, the one shown longest ago. So no message repeats until every
 * active one has been seen, and consecutive days never share one while the library has two.
 */
export function chooseMessage(activeIds: readonly number[], shown: readonly MessageShown[]): number | null {
  return leastRecentlyShown(
    activeIds,
    shown.map((s) => ({ id: s.messageId, date: s.date })),
  );
}
