import { z } from "zod";
import { DEFAULT_MAX_GAP, phraseProblem } from "@/lib/risk/concerning-words";
import { DEFAULT_PHRASES } from "@/lib/risk/default-phrases";
import { RULE_KINDS, type RuleKind } from "@/lib/risk/rule-kinds";

// Each rule's settings as admins tune them, with the bounds the admin form enforces.

export type RulesConfig = {
  /** maxGap: other words allowed between a phrase's words. */
  concerning_words: { enabled: boolean; phrases: string[]; maxGap: number };
  low_mood: { enabled: boolean; atOrBelow: number };
  low_run: { enabled: boolean; days: number; atOrBelow: number };
  sharp_drop: { enabled: boolean; steps: number; days: number; minEntries: number };
  silence: { enabled: boolean; days: number; lookbackDays: number; minCheckIns: number };
};

export const PHRASES_MAX = 500;
export const PHRASE_LENGTH = { min: 2, max: 80 } as const;
export const MAX_GAP_MAX = 5;
export const DAYS_MAX = 60;

const enabled = z.boolean({ error: "Choose whether the rule is on" });

const mood = z
  .number({ error: "Choose a mood from 1 (Distressed) to 7 (Great)" })
  .int("Choose a mood from 1 (Distressed) to 7 (Great)")
  .min(1, "Choose a mood from 1 (Distressed) to 7 (Great)")
  .max(7, "Choose a mood from 1 (Distressed) to 7 (Great)");

function count(what: string, max = DAYS_MAX) {
  const message = `Give the ${what} as a whole number from 1 to ${max}`;
  return z.number({ error: message }).int(message).min(1, message).max(max, message);
}

/** A phrase list typed in a text box: one phrase per line, blank lines ignored. */
export function phrasesFromText(text: string): string[] {
  return text.split(/\r\n?|\n/).map((line) => line.trim()).filter((line) => line !== "");
}

const phrase = z
  .string({ error: "Each phrase must be text" })
  .trim()
  .min(PHRASE_LENGTH.min, `Each phrase must be ${PHRASE_LENGTH.min} to ${PHRASE_LENGTH.max} characters`)
  .max(PHRASE_LENGTH.max, `Each phrase must be ${PHRASE_LENGTH.min} to ${PHRASE_LENGTH.max} characters`)
  .superRefine((text, ctx) => {
    const problem = phraseProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

function withoutRepeats(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((p) => !seen.has(p.toLowerCase()) && seen.add(p.toLowerCase()));
}

// The admin form sends the list as text, one phrase per line; stored settings keep an array.
const phrases = z.preprocess(
  (value) => (typeof value === "string" ? phrasesFromText(value) : value),
  z
    .array(phrase, { error: "Give the phrases as a list, one per line" })
    .min(1, "Give at least one phrase")
    .max(PHRASES_MAX, `Give at most ${PHRASES_MAX} phrases`)
    // The same phrase twice would only be reported twice.
    .transform(withoutRepeats),
);

const concerningWords = z.object({
  enabled,
  phrases,
  maxGap: z
    .number({ error: `Give the words allowed between a phrase's words as a whole number from 0 to ${MAX_GAP_MAX}` })
    .int(`Give the words allowed between a phrase's words as a whole number from 0 to ${MAX_GAP_MAX}`)
    .min(0, `Give the words allowed between a phrase's words as a whole number from 0 to ${MAX_GAP_MAX}`)
    .max(MAX_GAP_MAX, `Give the words allowed between a phrase's words as a whole number from 0 to ${MAX_GAP_MAX}`),
});

const lowMood = z.object({ enabled, atOrBelow: mood });

const lowRun = z.object({ enabled, days: count("number of days"), atOrBelow: mood });

const sharpDrop = z
  .object({
    enabled,
    // Half steps allowed: the average it is compared with is rarely a whole number.
    steps: z
      .number({ error: "Give the drop in steps from 1 to 6, in halves (e.g. 2.5)" })
      .min(1, "Give the drop in steps from 1 to 6, in halves (e.g. 2.5)")
      .max(6, "Give the drop in steps from 1 to 6, in halves (e.g. 2.5)")
      .multipleOf(0.5, "Give the drop in steps from 1 to 6, in halves (e.g. 2.5)"),
    days: count("number of days for the average"),
    minEntries: count("least number of check-ins for an average"),
  })
  .refine((rule) => rule.minEntries <= rule.days, {
    message: "The check-ins needed cannot be more than the days they fall in",
    path: ["minEntries"],
  });

const silence = z
  .object({
    enabled,
    days: count("number of days without a check-in"),
    lookbackDays: count("number of days to look back"),
    minCheckIns: count("least number of check-ins before the silence"),
  })
  .refine((rule) => rule.minCheckIns <= rule.lookbackDays, {
    message: "The check-ins needed cannot be more than the days looked back",
    path: ["minCheckIns"],
  });

export const RULE_SCHEMAS = {
  concerning_words: concerningWords,
  low_mood: lowMood,
  low_run: lowRun,
  sharp_drop: sharpDrop,
  silence,
} satisfies { [K in RuleKind]: z.ZodType<RulesConfig[K]> };

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === "object" && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

/** The rules as the issue set them; frozen, so no caller can change them for everyone else. */
export const DEFAULT_RULES: RulesConfig = deepFreeze({
  concerning_words: { enabled: true, phrases: [...DEFAULT_PHRASES], maxGap: DEFAULT_MAX_GAP },
  // Very low or Distressed.
  low_mood: { enabled: true, atOrBelow: 2 },
  // Three days running at Low or below.
  low_run: { enabled: true, days: 3, atOrBelow: 3 },
  sharp_drop: { enabled: true, steps: 3, days: 14, minEntries: 5 },
  silence: { enabled: true, days: 3, lookbackDays: 14, minCheckIns: 5 },
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The rules to apply, and the kinds whose stored settings were unusable and fell back to the defaults. */
export function readRulesConfig(stored: Partial<Record<RuleKind, unknown>>): { rules: RulesConfig; invalid: RuleKind[] } {
  const invalid: RuleKind[] = [];
  // Whatever the database held, a check-in is still assessed.
  const source: Partial<Record<RuleKind, unknown>> = isRecord(stored) ? stored : {};
  const read = <K extends RuleKind>(kind: K): RulesConfig[K] => {
    const value = source[kind];
    // Missing settings (a rule never edited, or one added since) are the defaults.
    if (value === undefined) return structuredClone(DEFAULT_RULES[kind]);
    // Stored fields override the defaults one by one, so a field added later keeps its default.
    const parsed = isRecord(value) ? RULE_SCHEMAS[kind].safeParse({ ...DEFAULT_RULES[kind], ...value }) : null;
    if (parsed?.success) return parsed.data as RulesConfig[K];
    // Safety first: settings that cannot be read must not switch a rule off or break the check-in.
    invalid.push(kind);
    return structuredClone(DEFAULT_RULES[kind]);
  };
  const rules = Object.fromEntries(RULE_KINDS.map((kind) => [kind, read(kind)])) as RulesConfig;
  return { rules, invalid };
}

/** The rules to apply: stored per-kind settings over the defaults; a kind that fails validation keeps its defaults. Never throws. */
export function parseRulesConfig(stored: Partial<Record<RuleKind, unknown>>): RulesConfig {
  return readRulesConfig(stored).rules;
}
