import { addDays } from "@/lib/moods/local-date";
import { MOODS } from "@/lib/moods/scale";
import { findConcerningMatches, matchedPassages } from "@/lib/risk/concerning-words";
import { moodsByDate, moodsInDaysBefore } from "@/lib/risk/mood-history";
import type { EntryAssessmentInput, RuleHit } from "@/lib/risk/rule-kinds";
import { DEFAULT_RULES, type RulesConfig } from "@/lib/risk/rule-parameters";
import { bySeverity } from "@/lib/risk/severity";

// The rules that run on a check-in. Pure: the caller loads the history and acts on the hits.

type EntryContext = EntryAssessmentInput & { moods: ReadonlyMap<string, number> };

/** “a”, “a” and “b”, “a”, “b” and “c”. */
function inWords(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** A mood's word. Never throws: a bad value from a caller must not stop the other rules' alerts. */
function moodWord(mood: number): string {
  return MOODS.find((m) => m.value === mood)?.word ?? `mood ${mood}`;
}

/** "at Low or below", or just "at Distressed" where there is nothing below. */
function atOrBelowWords(mood: number): string {
  return mood === 1 ? `at ${moodWord(mood)}` : `at ${moodWord(mood)} or below`;
}

// Whatever the mood: someone may pick Okay and still write that they want to die.
function concerningWords({ note }: EntryContext, rule: RulesConfig["concerning_words"]): RuleHit | null {
  if (!note) return null;
  const matches = findConcerningMatches(note, rule.phrases, rule.maxGap);
  if (matches.length === 0) return null;
  const quotes = matchedPassages(note, matches).map((passage) => `“${passage}”`);
  return { rule: "concerning_words", severity: "critical", reason: `The note says ${inWords(quotes)}.` };
}

function lowMood({ mood }: EntryContext, rule: RulesConfig["low_mood"]): RuleHit | null {
  if (mood > rule.atOrBelow) return null;
  return { rule: "low_mood", severity: "high", reason: `Mood was ${moodWord(mood)}.` };
}

// Calendar days, not check-ins: a missed day breaks the run.
function lowRun({ mood, date, moods }: EntryContext, rule: RulesConfig["low_run"]): RuleHit | null {
  if (mood > rule.atOrBelow) return null;
  let run = 1;
  while ((moods.get(addDays(date, -run)) ?? Infinity) <= rule.atOrBelow) run++;
  if (run < rule.days) return null;
  // The reason gives the whole run, which may be longer than the rule asks for.
  const span = run === 1 ? "A day" : `${run} days in a row`;
  return { rule: "low_run", severity: "high", reason: `${span} ${atOrBelowWords(rule.atOrBelow)}.` };
}

function oneDecimal(value: number): string {
  return value.toFixed(1);
}

function sharpDrop({ mood, date, moods }: EntryContext, rule: RulesConfig["sharp_drop"]): RuleHit | null {
  const window = moodsInDaysBefore(moods, date, rule.days);
  // Too few check-ins make an average that says little about the patient's usual mood.
  if (window.length < rule.minEntries) return null;
  const total = window.reduce((sum, m) => sum + m, 0);
  // Compared in whole numbers, so 3 steps below an average of 6.4 is exact, not 2.9999.
  if (total - mood * window.length < rule.steps * window.length) return null;
  // Shown to one decimal, with the drop taken from the average as shown so the two add up.
  const shownAverage = Math.round((total / window.length) * 10) / 10;
  return {
    rule: "sharp_drop",
    severity: "moderate",
    reason: `${moodWord(mood)} is ${oneDecimal(shownAverage - mood)} steps below the ${rule.days}-day average (${oneDecimal(shownAverage)}).`,
  };
}

/** The rules the entry breaks, most severe first. History on or after the entry's date is ignored. */
export function assessEntry(input: EntryAssessmentInput, rules: RulesConfig = DEFAULT_RULES): RuleHit[] {
  // Only earlier days are ever looked up, so history on or after the entry's date plays no part.
  const entry: EntryContext = { ...input, moods: moodsByDate(input.history) };
  const hits = [
    rules.concerning_words.enabled ? concerningWords(entry, rules.concerning_words) : null,
    rules.low_mood.enabled ? lowMood(entry, rules.low_mood) : null,
    rules.low_run.enabled ? lowRun(entry, rules.low_run) : null,
    rules.sharp_drop.enabled ? sharpDrop(entry, rules.sharp_drop) : null,
  ];
  return bySeverity(hits.filter((hit) => hit !== null));
}
