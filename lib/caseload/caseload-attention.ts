// Who the caseload marks as needing the psychiatrist. The same signals order the default view
// (lib/caseload/caseload.ts), so a marked patient is never listed below an unmarked one there.

/**
 * Moods that count as low on the caseload: Low, Very low and Distressed (3, 2, 1). Wider than
 * the "hard days" band that shows a patient crisis support, because a psychiatrist wants to see
 * a Low day before it becomes a Very low one.
 */
export const LOW_MOOD_AT_MOST = 3;

/** Days without a check-in after which a patient is marked: two missed days in a row. */
export const SILENT_DAYS_AT_LEAST = 3;

export type AttentionSignals = { unresolvedAlerts: number; unreviewedLow: number; daysSinceCheckIn: number | null };

/** Why a patient needs attention, most pressing first; empty when they do not. */
export function attentionReasons(signals: AttentionSignals): string[] {
  const reasons: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (signals.unresolvedAlerts > 0) reasons.push(plural(signals.unresolvedAlerts, "unresolved alert"));
  if (signals.unreviewedLow > 0) reasons.push(`${plural(signals.unreviewedLow, "low mood")} to review`);
  if (signals.daysSinceCheckIn === null) reasons.push("never checked in");
  else if (signals.daysSinceCheckIn >= SILENT_DAYS_AT_LEAST) reasons.push(`no check-in for ${signals.daysSinceCheckIn} days`);
  return reasons;
}
