import { z } from "zod";
import { addDays, isLocalDate, type LocalDate } from "@/lib/moods/local-date";
import { assessEntry } from "@/lib/risk/assess-entry";
import { assessSilence } from "@/lib/risk/assess-silence";
import type { RuleHit, RuleKind, Severity } from "@/lib/risk/rule-kinds";
import { DEFAULT_RULES, type RulesConfig } from "@/lib/risk/rule-parameters";
import { overallSeverity } from "@/lib/risk/severity";

// One line of `npm run risk:assess`: a JSON check-in in, a JSON verdict out. The script around it
// only reads stdin and writes stdout.

export type Verdict = { flagged: boolean; rules: RuleKind[]; severity: Severity | null; reasons: string[] };
export type LineOutcome = { ok: true; output: Verdict } | { ok: false; output: { error: string } };

const MOOD = "must be a whole number from 1 (Distressed) to 7 (Great)";
const DATE = "must be a calendar date written YYYY-MM-DD";

const mood = z.number({ error: MOOD }).int(MOOD).min(1, MOOD).max(7, MOOD);
const date = z.string({ error: DATE }).refine(isLocalDate, DATE);

// Unknown fields are refused rather than ignored: "moood" would otherwise turn into a silence check.
function strict<T extends z.core.$ZodLooseShape>(shape: T, what: string, fields: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys.map((k) => `"${k}"`).join(", ")} (${what} has ${fields})`
        : `must be ${what} with ${fields}`,
  });
}

const lineSchema = strict(
  {
    mood: mood.optional(),
    note: z.string({ error: "must be text or null" }).nullable().optional(),
    // The entry's day; for a silence check, the day to check as of.
    date: date.optional(),
    history: z.array(strict({ date, mood }, "a history day", "date and mood"), { error: "must be a list of days" }).optional(),
  },
  "a JSON object",
  "mood, note, date and history",
);

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}

function failure(error: string): LineOutcome {
  return { ok: false, output: { error } };
}

function verdict(hits: readonly RuleHit[]): LineOutcome {
  return {
    ok: true,
    output: { flagged: hits.length > 0, rules: hits.map((h) => h.rule), severity: overallSeverity(hits), reasons: hits.map((h) => h.reason) },
  };
}

/**
 * The verdict on one input line, or null for a blank line (which gets no output).
 * `today` is used when the line gives no date and no history.
 */
export function assessJsonLine(line: string, today: LocalDate, rules: RulesConfig = DEFAULT_RULES): LineOutcome | null {
  if (line.trim() === "") return null;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return failure(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = lineSchema.safeParse(json);
  if (!parsed.success) {
    return failure(parsed.error.issues.map((issue) => [pathOf(issue.path), issue.message].filter(Boolean).join(": ")).join("; "));
  }
  const input = parsed.data;
  const history = input.history ?? [];

  if (input.mood === undefined) {
    // Without a mood the line asks whether the history has gone silent, as of `date` (or today).
    if (input.history === undefined) return failure("mood: missing (give a mood from 1 to 7, or only a history to check for silence)");
    if (input.note !== undefined && input.note !== null) return failure("mood: missing (a note is assessed with its mood)");
    const hit = assessSilence({ today: input.date ?? today, history }, rules);
    return verdict(hit ? [hit] : []);
  }

  // Without a date the entry is taken as the day after the latest history, so the history given is
  // read as the days just before it (as it would be for a real check-in), and the run and drop rules
  // see it; with no history either, it is today.
  const latest = history.reduce<LocalDate | null>((max, day) => (max === null || day.date > max ? day.date : max), null);
  const entryDate = input.date ?? (latest ? addDays(latest, 1) : today);
  return verdict(assessEntry({ mood: input.mood, note: input.note ?? null, date: entryDate, history }, rules));
}
