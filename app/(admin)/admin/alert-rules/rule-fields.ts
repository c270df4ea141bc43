import { MAX_GAP_MAX, PHRASES_MAX } from "@/lib/risk/rule-parameters";
import type { RuleKind } from "@/lib/risk/rule-kinds";

// How each rule's parameters appear on the admin's screen: labels and hints in plain words.

export type RuleField =
  | { name: string; label: string; hint: string; type: "number"; min: number; max: number; step?: number }
  | { name: string; label: string; hint: string; type: "mood" }
  | { name: string; label: string; hint: string; type: "phrases" };

/** What each rule does, above its settings. */
export const RULE_DESCRIPTIONS: Record<RuleKind, string> = {
  concerning_words:
    "Runs on every check-in with a note, whatever the mood: a critical alert when the note has self-harm or suicide language from the list below.",
  low_mood: "Runs on every check-in: a high alert when the mood is at or below the one chosen here.",
  low_run: "Runs on every check-in: a high alert when the patient has felt this low several days in a row. A missed day breaks the run.",
  sharp_drop: "Runs on every check-in: a moderate alert when the mood is well below the patient's own average over the days before.",
  silence:
    "Runs once a day for each patient, not on a check-in: a moderate alert when someone who usually checks in has gone quiet. One alert per silence, however long it lasts.",
};

const days = (name: string, label: string, hint: string): RuleField => ({ name, label, hint, type: "number", min: 1, max: 60 });

export const RULE_FIELDS: Record<RuleKind, RuleField[]> = {
  concerning_words: [
    {
      name: "phrases",
      label: "Words and phrases",
      hint: `One per line, up to ${PHRASES_MAX}. End a word with * for any ending (suicid* finds suicidal). Capitals, punctuation, apostrophes, repeated letters and “dont” or “do not” make no difference. Avoid everyday words on their own, such as “die” or “cut”.`,
      type: "phrases",
    },
    {
      name: "maxGap",
      label: "Other words allowed between a phrase's words",
      hint: `0 to ${MAX_GAP_MAX}. With 2, “want* to die” also finds “want to just die”.`,
      type: "number",
      min: 0,
      max: MAX_GAP_MAX,
    },
  ],
  low_mood: [{ name: "atOrBelow", label: "Alert at this mood or lower", hint: "Very low raises an alert for Very low and Distressed.", type: "mood" }],
  low_run: [
    days("days", "Days in a row", "1 to 60, today's check-in included."),
    { name: "atOrBelow", label: "At this mood or lower each day", hint: "Low counts Low, Very low and Distressed days.", type: "mood" },
  ],
  sharp_drop: [
    { name: "steps", label: "Drop in steps below the average", hint: "1 to 6, in halves: a step is one face on the scale.", type: "number", min: 1, max: 6, step: 0.5 },
    days("days", "Days the average covers", "1 to 60 days before the check-in."),
    days("minEntries", "Check-ins needed for an average", "No more than the days it covers: fewer say little about someone's usual mood."),
  ],
  silence: [
    days("days", "Days without a check-in", "1 to 60 whole days, counted from the patient's last check-in."),
    days("lookbackDays", "Days looked at before the silence", "1 to 60."),
    days("minCheckIns", "Check-ins needed in those days", "Someone who rarely checks in is not missed: no more than the days looked at."),
  ],
};
