import { z } from "zod";
import { describeError } from "@/lib/db/describe-error";
import { isConnectionLoss } from "@/lib/db/mysql-errors";

export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; message: string; fieldErrors: FieldErrors };

export type Failure = Extract<ActionResult, { ok: false }>;

export function failure(message: string, fieldErrors: FieldErrors = {}): Failure {
  return { ok: false, message, fieldErrors };
}

export function fieldFailure(field: string, message: string): Failure {
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

export const SAVE_FAILED = "We could not save that just now. What you entered is still here: please try again.";

/**
 * Runs a save for a form. Should it fail unexpectedly (the database busy or away), the form
 * gets a message and keeps what the person typed, instead of an error page that loses it.
 */
export async function saveOrFailure<T>(save: () => Promise<T>): Promise<{ ok: true; value: T } | Failure> {
  try {
    return { ok: true, value: await save() };
  } catch (error) {
    console.error(`save failed: ${describeError(error)}`);
    return failure(SAVE_FAILED);
  }
}

/**
 * Runs a step before the save that reads the database, such as checking who is calling. With
 * the database out of reach the form gets the same "try again" message as a failed save, rather
 * than an error page that loses what the person typed; anything else (a redirect to sign-in, a
 * refusal, a bug) is thrown on as it was.
 */
export async function unlessDatabaseAway<T>(step: () => Promise<T>): Promise<{ ok: true; value: T } | Failure> {
  try {
    return { ok: true, value: await step() };
  } catch (error) {
    if (!isConnectionLoss(error)) throw error;
    console.error(`database unreachable: ${describeError(error)}`);
    return failure(SAVE_FAILED);
  }
}

/** FormData as a plain object of strings, the shape every schema parses. */
export function formDataToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}
