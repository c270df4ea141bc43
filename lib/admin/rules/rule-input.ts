import type { z } from "zod";
import { type Failure, failure, type FieldErrors } from "@/lib/forms/action-result";
import { RULE_KINDS, type RuleKind } from "@/lib/risk/rule-kinds";
import { DEFAULT_RULES, phrasesFromText, RULE_SCHEMAS, type RulesConfig } from "@/lib/risk/rule-parameters";

/** A rule's fields as a form posts them (strings, "on" for a ticked box) or as plain values. */
export type RuleInput = Record<string, unknown>;

export function isRuleKind(value: unknown): value is RuleKind {
  return typeof value === "string" && (RULE_KINDS as readonly string[]).includes(value);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

// An unticked checkbox posts nothing at all, so anything but a yes is off.
const ticked = (value: unknown) => value === true || value === "on" || value === "true";

/** "3" becomes 3; anything else is left for the schema to refuse with the field's own message. */
function numberFrom(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  return NUMBER.test(text) ? Number(text) : text === "" ? undefined : text;
}

/** The values the rule's schema reads, taken from only the fields that rule has. */
function coerce(kind: RuleKind, input: RuleInput): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(DEFAULT_RULES[kind]).map((field) => {
      const value = input[field];
      if (field === "enabled") return [field, ticked(value)];
      if (field === "phrases") return [field, value];
      return [field, numberFrom(value)];
    }),
  );
}

/** Messages by field; a refused phrase is quoted, as the list may be long. */
function fieldErrorsOf(error: z.ZodError, phrases: unknown): FieldErrors {
  const lines = typeof phrases === "string" ? phrasesFromText(phrases) : Array.isArray(phrases) ? phrases : [];
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const [field, index] = issue.path;
    const name = String(field);
    const quoted = name === "phrases" && typeof index === "number" ? `“${String(lines[index])}”` : null;
    const message = quoted && !issue.message.includes(quoted) ? `${quoted}: ${issue.message}` : issue.message;
    errors[name] = [...(errors[name] ?? []), message];
  }
  return errors;
}

/** The rule's settings from what the admin entered, or the messages to show beside each field. */
export function parseRuleInput<K extends RuleKind>(kind: K, input: RuleInput): { ok: true; data: RulesConfig[K] } | Failure {
  const parsed = RULE_SCHEMAS[kind].safeParse(coerce(kind, input));
  if (parsed.success) return { ok: true, data: parsed.data as RulesConfig[K] };
  return failure("Please correct the highlighted fields.", fieldErrorsOf(parsed.error, input.phrases));
}

/** A rule's settings as the form shows them: text for every field, the phrases one per line. */
export function ruleFormValues<K extends RuleKind>(rule: RulesConfig[K]): Record<string, string | boolean> {
  return Object.fromEntries(
    Object.entries(rule).map(([field, value]) => [field, Array.isArray(value) ? value.join("\n") : typeof value === "boolean" ? value : String(value)]),
  );
}
