import { z } from "zod";
import type { FieldErrors } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";
import { isLocalDate, type LocalDate } from "@/lib/moods/local-date";

// The audit trail's filter, read from the page's address (a GET form). What a hand-edited
// address gets wrong in a typed field is said next to that field; a select's value that is not
// one of its options, or a page marker that does not parse, quietly falls back to "any"/"newest".

export const AUDIT_PAGE_SIZE = 50;
export const OUTCOMES = ["allowed", "denied"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const PERSON_MESSAGE = "Enter an email address or an account number";
export const DATE_MESSAGE = "Enter a date as year, month and day";
export const DATE_ORDER_MESSAGE = "The end date must be on or after the start date";

/** Someone named in the filter: by account number, or by email (looked up, lower-cased). */
export type PersonRef = { id: number } | { email: string };

/** A position in the trail, newest first: rows before it (older) or after it (newer). */
export type Cursor = { direction: "before" | "after"; at: Date; id: number };

/** What the form shows back, as typed (trimmed). */
export type AuditFilterForm = { actor: string; patient: string; action: string; outcome: "" | Outcome; from: string; to: string };

export type AuditFilter = {
  action: string | null;
  outcome: Outcome | null;
  from: LocalDate | null;
  to: LocalDate | null;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const person = z
  .string()
  .trim()
  .max(254, PERSON_MESSAGE)
  .refine((text) => text === "" || parseId(text) !== null || EMAIL.test(text), PERSON_MESSAGE);
const day = z
  .string()
  .trim()
  .refine((text) => text === "" || isLocalDate(text), DATE_MESSAGE);

export const auditFilterSchema = z
  .object({
    actor: person,
    patient: person,
    // Action names are short dotted words ("alert.resolve"); anything else matches nothing anyway.
    action: z.string().trim().regex(/^[a-z0-9._-]{0,64}$/i).catch(""),
    outcome: z.enum(["", ...OUTCOMES]).catch(""),
    from: day,
    to: day,
  })
  .refine((f) => !f.from || !f.to || !isLocalDate(f.from) || !isLocalDate(f.to) || f.from <= f.to, { message: DATE_ORDER_MESSAGE, path: ["to"] });

function personRef(text: string): PersonRef | null {
  if (text === "") return null;
  const id = parseId(text);
  return id === null ? { email: text.toLowerCase() } : { id };
}

const CURSOR = /^(\d{1,15})-([1-9]\d{0,15})$/;

/** "1781000000000-42": the time (ms) and id of the row a page starts after. */
export function encodeCursor(row: { at: Date; id: number }): string {
  return `${row.at.getTime()}-${row.id}`;
}

export function parseCursor(params: Params): Cursor | null {
  for (const direction of ["before", "after"] as const) {
    const match = CURSOR.exec(first(params[direction]));
    const id = match ? parseId(match[2]) : null;
    if (match && id !== null) return { direction, at: new Date(Number(match[1])), id };
  }
  return null;
}

export type ParsedAuditParams = {
  form: AuditFilterForm;
  /** Null while a field needs correcting. */
  filter: AuditFilter | null;
  /** The people named, each read even while another field needs correcting, so an unknown email is said at once. */
  people: { actor: PersonRef | null; patient: PersonRef | null };
  fieldErrors: FieldErrors;
  cursor: Cursor | null;
};

/** The filter and page an address asks for. */
export function parseAuditParams(params: Params): ParsedAuditParams {
  const raw = {
    actor: first(params.actor),
    patient: first(params.patient),
    action: first(params.action),
    outcome: first(params.outcome),
    from: first(params.from),
    to: first(params.to),
  };
  const parsed = auditFilterSchema.safeParse(raw);
  const cursor = parseCursor(params);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
    const valid = (name: "actor" | "patient") => (fieldErrors[name] ? null : personRef(raw[name].trim()));
    const form = { ...raw, action: auditFilterSchema.shape.action.parse(raw.action), outcome: auditFilterSchema.shape.outcome.parse(raw.outcome) };
    return { form, filter: null, people: { actor: valid("actor"), patient: valid("patient") }, fieldErrors, cursor };
  }
  const form = parsed.data;
  return {
    form,
    people: { actor: personRef(form.actor), patient: personRef(form.patient) },
    filter: {
      action: form.action || null,
      outcome: form.outcome || null,
      from: form.from || null,
      to: form.to || null,
    },
    fieldErrors: {},
    cursor,
  };
}

/** The trail's address for a filter, at a page marker (or the newest page). */
export function auditHref(form: AuditFilterForm, cursor?: { direction: "before" | "after"; row: { at: Date; id: number } }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value) query.set(key, value);
  if (cursor) query.set(cursor.direction, encodeCursor(cursor.row));
  const text = query.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}
