import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { assessEntry } from "@/lib/risk/assess-entry";
import { assessSilence } from "@/lib/risk/assess-silence";
import { RULE_KINDS, type RuleKind } from "@/lib/risk/rule-kinds";
import type { RulesConfig } from "@/lib/risk/rule-parameters";

// Replays the rules over a patient's past days, as the check-ins and the daily sweep would have
// run them. Pure: the preview loads the days and adds up what comes out.

/** How far back a preview looks: the last 30 days, today included. */
export const PREVIEW_DAYS = 30;

export type ReplayEntry = { date: LocalDate; mood: number; note: string | null };

export type ReplayPatient = {
  /** The patient's own calendar day now. */
  today: LocalDate;
  /** The silence sweep looks only at active patients. */
  active: boolean;
  /** Their check-ins from the window and enough days before it, oldest first. */
  entries: readonly ReplayEntry[];
};

export type RuleCounts = Record<RuleKind, number>;

export function noAlerts(): RuleCounts {
  return Object.fromEntries(RULE_KINDS.map((kind) => [kind, 0])) as RuleCounts;
}

export function totalOf(counts: RuleCounts): number {
  return RULE_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/** The first day of the window that ends on `today`. */
export function windowStart(today: LocalDate): LocalDate {
  return addDays(today, -(PREVIEW_DAYS - 1));
}

/** Days before the window whose check-ins the rules may read (the longest lookback of either rule set). */
export function lookbackDays(...configs: RulesConfig[]): number {
  return Math.max(...configs.flatMap((rules) => [rules.low_run.days, rules.sharp_drop.days, rules.silence.days + rules.silence.lookbackDays]));
}

/** The same settings with every rule but `kind` switched off: only that rule's alerts come out. */
export function onlyRule(rules: RulesConfig, kind: RuleKind): RulesConfig {
  const off = Object.fromEntries(RULE_KINDS.map((k) => [k, { ...rules[k], enabled: k === kind && rules[k].enabled }]));
  return off as RulesConfig;
}

const DAY_MS = 24 * 60 * 60 * 1000;

// Days counted as whole numbers: the replay compares hundreds of thousands of dates, and
// building a Date for each comparison would cost more than the rules themselves.
function dayNumber(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

type NumberedEntry = ReplayEntry & { day: number };

/**
 * Silence alerts the sweep would have opened in the window. One alert per silence (keyed by the
 * last check-in before it), opened on the first day it holds: `days` quiet days after that
 * check-in. Later days of the same silence find that alert already open.
 */
function silenceAlerts(entries: readonly NumberedEntry[], patient: ReplayPatient, rules: RulesConfig, from: number, today: number): number {
  if (!rules.silence.enabled || !patient.active) return 0;
  let alerts = 0;
  entries.forEach((entry, index) => {
    const firstDay = entry.day + rules.silence.days + 1;
    const next = entries[index + 1]?.day ?? Infinity;
    // A check-in on or before that day ended the silence before the sweep could see it.
    if (firstDay < from || firstDay > today || next <= firstDay) return;
    // One check-in a day at most, so the stretch the rule counts is within this many entries.
    const history = entries.slice(Math.max(0, index + 1 - rules.silence.lookbackDays), index + 1);
    if (assessSilence({ today: addDays(entry.date, rules.silence.days + 1), history }, rules)) alerts += 1;
  });
  return alerts;
}

/** The alerts the rules would have raised for this patient over the last PREVIEW_DAYS days, by rule. */
export function replayPatient(patient: ReplayPatient, rules: RulesConfig): RuleCounts {
  const counts = noAlerts();
  const today = dayNumber(patient.today);
  const from = today - (PREVIEW_DAYS - 1);
  const entries = patient.entries.map((entry) => ({ ...entry, day: dayNumber(entry.date) }));
  // As a check-in loads them: the days before it, as far back as the entry rules read.
  const lookback = Math.max(rules.low_run.days, rules.sharp_drop.days);
  // Every rule but silence runs on check-ins.
  const entryRulesOn = RULE_KINDS.some((kind) => kind !== "silence" && rules[kind].enabled);
  entries.forEach((entry, index) => {
    if (entry.day < from || !entryRulesOn) return;
    const history = entries.slice(Math.max(0, index - lookback), index).filter((day) => day.day >= entry.day - lookback);
    for (const hit of assessEntry({ date: entry.date, mood: entry.mood, note: entry.note, history }, rules)) counts[hit.rule] += 1;
  });
  counts.silence += silenceAlerts(entries, patient, rules, from, today);
  return counts;
}
