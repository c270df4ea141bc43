import { z } from "zod";

export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; message: string; fieldErrors: FieldErrors };

export function failure(message: string, fieldErrors: FieldErrors = {}): ActionResult<never> {
  return { ok: false, message, fieldErrors };
}

export function fieldFailure(field: string, message: string): ActionResult<never> {
  return failure("Please correct the highlighted field.", { [field]: [message] });
}

/** Parses untrusted input with a schema, turning zod's issues into messages per field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; message: string; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const flat = z.flattenError(parsed.error);
  const fieldErrors: FieldErrors = flat.fieldErrors as FieldErrors;
  const message = flat.formErrors[0] ?? "Please correct the highlighted fields.";
  return { ok: false, message, fieldErrors };
}

/** FormData as a plain object of strings, the shape every schema parses. */
export function formDataToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}
