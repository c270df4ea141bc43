import type { CrisisLine } from "@/lib/settings/crisis-line-schema";

// The helpline form's field names: "line-<row>-<field>", rows counted from 0. Kept apart from
// the parsing so the browser's form can use them without the server's code.

export const LINE_FIELDS = ["name", "number", "dial", "description"] as const satisfies readonly (keyof CrisisLine)[];

export const lineField = (row: number, field: keyof CrisisLine) => `line-${row}-${field}`;

/** The form's fields for a list of helplines, rows from 0. */
export function crisisLineFields(lines: readonly CrisisLine[]): Record<string, string> {
  return Object.fromEntries(lines.flatMap((line, row) => LINE_FIELDS.map((field) => [lineField(row, field), line[field]])));
}
