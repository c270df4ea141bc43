import type { AnyMySqlColumn } from "drizzle-orm/mysql-core";

// What a schema's output must satisfy to be stored (or used) safely: the database column's size,
// a number's range, text free of invisible controls. Each check returns what is wrong, or null.

export type Limit = (value: unknown) => string | null;

// The schemas' own definition of a control character: zero-width (non-)joiners are letters' business.
const CONTROL = /(?![\u200c\u200d])[\p{Cc}\p{Cf}]/u;
// A TEXT column holds 65,535 bytes, whatever the characters.
const TEXT_BYTES = 65_535;

// Short values as themselves; long text by its length, so a failure stays readable.
function show(value: unknown): string {
  if (typeof value === "string" && value.length > 40) return `${[...value].length} characters`;
  return JSON.stringify(value) ?? String(value);
}

/** A VARCHAR or TEXT column: its size (VARCHAR counts characters, TEXT bytes) and whether it takes null. */
export function column(col: AnyMySqlColumn, options: { noControl?: boolean } = {}): Limit {
  const varcharLength = "length" in col && typeof col.length === "number" ? col.length : null;
  return (value) => {
    if (value === null) return col.notNull ? `null for NOT NULL ${col.name}` : null;
    if (typeof value !== "string") return `${show(value)} is not text for ${col.name}`;
    if (varcharLength !== null && [...value].length > varcharLength) return `${show(value)} over ${col.name}'s ${varcharLength}`;
    if (varcharLength === null && Buffer.byteLength(value) > TEXT_BYTES) return `${show(value)} over ${col.name}'s ${TEXT_BYTES} bytes`;
    if (options.noControl && CONTROL.test(value)) return `a control character in ${col.name}`;
    return null;
  };
}

/** Text the code holds to a length although no column stores it (a password, before hashing); in characters, as zod counts. */
export function textUpTo(max: number): Limit {
  return (value) => (typeof value === "string" && [...value].length <= max ? null : `${show(value)} is not text of at most ${max}`);
}

/** Text matching a pattern, such as a tel: link's digits or a date. */
export function matching(pattern: RegExp): Limit {
  return (value) => (typeof value === "string" && pattern.test(value) ? null : `${show(value)} does not match ${pattern}`);
}

export function integer(min: number, max: number): Limit {
  return (value) => (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? null : `${show(value)} is not a whole number from ${min} to ${max}`);
}

export function number(min: number, max: number): Limit {
  return (value) => (typeof value === "number" && Number.isFinite(value) && value >= min && value <= max ? null : `${show(value)} is not a number from ${min} to ${max}`);
}

export const boolean: Limit = (value) => (typeof value === "boolean" ? null : `${show(value)} is not a boolean`);

export function oneOf(values: readonly unknown[]): Limit {
  return (value) => (values.includes(value) ? null : `${show(value)} is not one of ${values.join(", ")}`);
}

/** A value stored as JSON in a TEXT column. */
export function json(col: AnyMySqlColumn): Limit {
  const fits = column(col);
  return (value) => fits(JSON.stringify(value));
}

/** Every element of an array. */
export function each(limit: Limit): Limit {
  return (value) => (Array.isArray(value) ? (value.map(limit).find((problem) => problem !== null) ?? null) : `${show(value)} is not a list`);
}

/**
 * What is wrong with a schema's output: each limit is keyed by the output's field ("" for the
 * whole value, "[]" prefix for each element of a list), and an output field no limit names is
 * itself wrong, so the table cannot forget a field the schema gains later.
 */
export function limitViolations(output: unknown, limits: Readonly<Record<string, Limit>>): string[] {
  const problems: string[] = [];
  const check = (path: string, value: unknown) => {
    const problem = limits[path]?.(value);
    if (problem) problems.push(`${path || "value"}: ${problem}`);
  };
  check("", output);
  const fieldsOf = (value: unknown, prefix: string) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    for (const [key, field] of Object.entries(value)) {
      const path = `${prefix}${key}`;
      if (!(path in limits)) problems.push(`${path}: no column limit for this field`);
      check(path, field);
    }
  };
  if (Array.isArray(output)) output.forEach((element) => fieldsOf(element, "[]."));
  else fieldsOf(output, "");
  return problems;
}
