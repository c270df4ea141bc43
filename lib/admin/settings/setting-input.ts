import type { z } from "zod";
import { type Failure, failure, type FieldErrors } from "@/lib/forms/action-result";
import { CRISIS_LINES_MAX, type CrisisLine } from "@/lib/settings/crisis-line-schema";
import { LINE_FIELDS, lineField } from "./crisis-line-fields";
import { SETTING_SCHEMAS, type ServiceSettings, type SettingKey } from "@/lib/settings/service-settings";

// A setting's value from the admin's form. The form names each field after its setting, and each
// helpline's fields as crisis-line-fields.ts says; a row left blank is no helpline.

/** A setting's fields as a form posts them. */
export type SettingInput = Record<string, unknown>;

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

export function isSettingKey(value: unknown): value is SettingKey {
  return typeof value === "string" && (SETTING_KEYS as string[]).includes(value);
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : value);

function messagesOf(error: z.ZodError, fieldName: (path: PropertyKey[]) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const name = fieldName(issue.path);
    errors[name] = [...(errors[name] ?? []), issue.message];
  }
  return errors;
}

const INVALID = "Please correct the highlighted fields.";

/** The helplines from the form's rows, blank rows left out, each error beside its row's field. */
function parseCrisisLines(input: SettingInput): { ok: true; data: CrisisLine[] } | Failure {
  const rows = Array.from({ length: CRISIS_LINES_MAX }, (_, row) => ({
    row,
    line: Object.fromEntries(LINE_FIELDS.map((field) => [field, text(input[lineField(row, field)]) ?? ""])),
  })).filter(({ line }) => Object.values(line).some((value) => value !== ""));
  if (rows.length === 0) return failure("Give at least one helpline: patients must always have someone to call.");
  const parsed = SETTING_SCHEMAS.crisisLines.safeParse(rows.map(({ line }) => line));
  if (parsed.success) return { ok: true, data: [...parsed.data] };
  // Issues name the row among those filled in; the form needs the row as it shows it.
  const fieldName = ([index, field]: PropertyKey[]) => lineField(rows[Number(index)].row, field as keyof CrisisLine);
  return failure(INVALID, messagesOf(parsed.error, fieldName));
}

const NUMBER = /^\d+(\.\d+)?$/;

/** The setting's value from what the admin entered, or the messages to show beside its fields. */
export function parseSettingInput<K extends SettingKey>(key: K, input: SettingInput): { ok: true; data: ServiceSettings[K] } | Failure {
  if (key === "crisisLines") return parseCrisisLines(input) as { ok: true; data: ServiceSettings[K] } | Failure;
  const raw = text(input[key]);
  const value = key === "escalationHours" && typeof raw === "string" && NUMBER.test(raw) ? Number(raw) : raw;
  const parsed = SETTING_SCHEMAS[key].safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data as ServiceSettings[K] };
  return failure(INVALID, messagesOf(parsed.error, () => key));
}
