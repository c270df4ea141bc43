// Runs server actions with hostile form data and reads what a caller observes: the returned
// result, or the redirect or 403/401 Next raises, and whether any stored row changed.
import fc from "fast-check";
import { expect } from "vitest";
import type { MySqlTable } from "drizzle-orm/mysql-core";
import { getDb } from "@/db/client";
import { formDataToObject } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";
import { acceptableText, hostileFormText, toFormData, withHostileFields } from "./hostile-values";

export type Outcome = { kind: "returned"; value: unknown } | { kind: "redirect"; to: string } | { kind: "refused"; status: string };

/** What the action ended with; anything thrown but Next's own interrupts fails the test (it would be a 500). */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: "returned", value: await run() };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] };
    // forbidden() and unauthorized(): "NEXT_HTTP_ERROR_FALLBACK;403".
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { kind: "refused", status: digest.split(";")[1] };
    throw error;
  }
}

/** A refusal as a form shows it: a message, and messages only under fields the form has. */
export function expectFailure(outcome: Outcome, fields: readonly string[]): { message: string; fieldErrors: Record<string, string[]> } {
  expect(outcome.kind, JSON.stringify(outcome).slice(0, 300)).toBe("returned");
  const value = (outcome as { value: { ok: boolean; message: string; fieldErrors: Record<string, string[]> } }).value;
  expect(value.ok).toBe(false);
  expect(value.message.trim()).not.toBe("");
  for (const [field, messages] of Object.entries(value.fieldErrors)) {
    expect(fields).toContain(field);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message.trim()).not.toBe("");
  }
  return value;
}

/** A redirect stays on this site: a path, never another origin ("//evil.example", "https://…"). */
export function expectLocalRedirect(outcome: Outcome): string {
  expect(outcome.kind, JSON.stringify(outcome).slice(0, 300)).toBe("redirect");
  const to = (outcome as { to: string }).to;
  expect(to).toMatch(/^\/(?![/\\])/);
  return to;
}

/** Every row of the tables, to compare before and after a refused action. */
export async function snapshot(tables: readonly MySqlTable[]): Promise<string> {
  const rows = await Promise.all(tables.map((table) => getDb().select().from(table)));
  return JSON.stringify(rows);
}

/** Hostile versions of a valid form: one to three fields replaced or left out, as FormData and as the object the action reads. */
export function hostileForms(valid: Record<string, string>): fc.Arbitrary<{ form: FormData; fields: Record<string, string> }> {
  return withHostileFields(valid, hostileFormText).map((record) => {
    const form = toFormData(record);
    return { form, fields: formDataToObject(form) };
  });
}

/** A valid form with `field` holding text it may legitimately hold (markup, SQL, unusual Unicode). */
export function formsWithAcceptableText(valid: Record<string, string>, field: string): fc.Arbitrary<{ form: FormData; fields: Record<string, string> }> {
  return acceptableText.map((text) => {
    const form = toFormData({ ...valid, [field]: text });
    return { form, fields: formDataToObject(form) };
  });
}

/** Few runs: each one calls the database, and the suite's time is shared. */
export const ACTION_RUNS = { numRuns: 20 } as const;

type Sent = { form: FormData; fields: Record<string, string> };

/**
 * Runs `check` on hostile versions of a valid form; with `acceptableIn`, as many again with that
 * free-text field holding markup, SQL or unusual Unicode, which must be accepted and kept as sent.
 */
export async function forEachHostileForm(
  valid: Record<string, string>,
  check: (sent: Sent) => Promise<void>,
  options: { runs?: number; acceptableIn?: string } = {},
): Promise<void> {
  const { runs = ACTION_RUNS.numRuns, acceptableIn } = options;
  await fc.assert(fc.asyncProperty(hostileForms(valid), check), { numRuns: runs });
  if (acceptableIn) await fc.assert(fc.asyncProperty(formsWithAcceptableText(valid, acceptableIn), check), { numRuns: Math.min(runs, 10) });
}

/**
 * A button's action (ids in hidden fields, no form to show messages in) sent ids that are not
 * ids: it goes back to a page of this site and changes nothing. Forms whose ids all parse are
 * real requests, which the access-control tests cover.
 */
export async function expectHostileIdsChangeNothing(
  action: (form: FormData) => Promise<unknown>,
  valid: Record<string, string>,
  idFields: readonly string[],
  written: readonly MySqlTable[],
  runs: number = ACTION_RUNS.numRuns,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(hostileForms(valid), async ({ form, fields }) => {
      fc.pre(idFields.some((field) => parseId(fields[field]) === null));
      const before = await snapshot(written);
      expectLocalRedirect(await outcomeOf(() => action(form)));
      expect(await snapshot(written)).toBe(before);
    }),
    { numRuns: runs },
  );
}

/** What the action should do with a form: accept `data`, or refuse (with these field messages, when given). */
export type Expected<T> = { ok: true; data: T } | { ok: false; fieldErrors?: Record<string, string[] | undefined> };

/**
 * A form's action checked against what it should accept: a refusal is a failure with a message
 * (the expected field messages, when known) and no stored change; an acceptance redirects within
 * the site and `stored` checks the row holds exactly the accepted values. A hostile id may name
 * another row the caller may change, so `expected` can look it up, and `stored` gets the form.
 */
export async function expectStoredOrRefused<T>(options: {
  valid: Record<string, string>;
  expected: (fields: Record<string, string>) => Expected<T> | Promise<Expected<T>>;
  written: readonly MySqlTable[];
  run: (form: FormData) => Promise<unknown>;
  stored: (data: T, fields: Record<string, string>) => Promise<void>;
  acceptableIn?: string;
}): Promise<void> {
  const { valid, expected, written, run, stored, acceptableIn } = options;
  await forEachHostileForm(
    valid,
    async ({ form, fields }) => {
      const expectation = await expected(fields);
      const before = await snapshot(written);
      const outcome = await outcomeOf(() => run(form));
      if (!expectation.ok) {
        const failure = expectFailure(outcome, Object.keys(valid));
        if (expectation.fieldErrors) expect(failure.fieldErrors).toEqual(expectation.fieldErrors);
        expect(await snapshot(written)).toBe(before);
        return;
      }
      expectLocalRedirect(outcome);
      await stored(expectation.data, fields);
    },
    { acceptableIn },
  );
}
