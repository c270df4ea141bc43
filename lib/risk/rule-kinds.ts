import { ruleKinds, severities } from "@/db/schema";
import type { LocalDate } from "@/lib/moods/local-date";

/** The alert rules, in the order admins see them (the database's enum is the one list). */
export const RULE_KINDS = ruleKinds;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Most severe first; an assessment's severity is that of its most severe hit. */
export const SEVERITIES = severities;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_LABELS: Record<RuleKind, string> = {
  concerning_words: "Concerning words in the note",
  low_mood: "Low mood",
  low_run: "A run of low days",
  sharp_drop: "A sharp drop",
  silence: "Silence",
};

export type HistoryDay = { date: LocalDate; mood: number };

/** What the entry rules look at: the entry and the patient's entries before it. */
export type EntryAssessmentInput = {
  mood: number;
  note: string | null;
  /** The entry's own calendar day. */
  date: LocalDate;
  /** Earlier entries, in any order; an entry on `date` itself is ignored (the input replaces it). */
  history: readonly HistoryDay[];
};

/** One rule that fired, with its reason in words a psychiatrist reads in the alert. */
export type RuleHit = { rule: RuleKind; severity: Severity; reason: string };
