import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { moodsByDate, moodsInDaysBefore } from "@/lib/risk/mood-history";
import type { HistoryDay, RuleHit } from "@/lib/risk/rule-kinds";
import { DEFAULT_RULES, type RulesConfig } from "@/lib/risk/rule-parameters";

// The daily rule for missed check-ins. Pure: a worker loads each patient's recent history and calls it.

export type SilenceInput = { today: LocalDate; history: readonly HistoryDay[] };

function daysWord(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** How many days before `today` the caller must load: the silence and the stretch before it. */
export function silenceLookback(rules: RulesConfig = DEFAULT_RULES): number {
  return rules.silence.days + rules.silence.lookbackDays;
}

/**
 * A hit when nothing came in on the `days` complete days before `today` nor today, from a patient who
 * checked in at least `minCheckIns` times in the `lookbackDays` days before that. It holds on every
 * day the silence continues (while the stretch before still has enough check-ins), so the caller
 * keeps one open alert per silence rather than one per day.
 */
export function assessSilence({ today, history }: SilenceInput, rules: RulesConfig = DEFAULT_RULES): RuleHit | null {
  const rule = rules.silence;
  if (!rule.enabled) return null;
  const silenceStart = addDays(today, -rule.days);
  // Anything from the silence's first day on breaks it, even a date past `today`: the patient's own
  // calendar may already be on tomorrow, and either way they did check in.
  if (history.some((day) => day.date >= silenceStart)) return null;
  // Someone who rarely checks in is not missing; their silence says little.
  const before = moodsInDaysBefore(moodsByDate(history), silenceStart, rule.lookbackDays).length;
  if (before < rule.minCheckIns) return null;
  const times = before === 1 ? "once" : `${before} times`;
  return {
    rule: "silence",
    severity: "moderate",
    reason: `No check-in for ${daysWord(rule.days)} (checked in ${times} in the ${daysWord(rule.lookbackDays)} before).`,
  };
}
