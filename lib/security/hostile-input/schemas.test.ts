import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BOUNDARY_TEXTS, hostileFormText, hostileValue, withHostileFields } from "@/lib/testing/hostile-values";
import { limitViolations } from "./column-limits";
import { type SchemaCase, SCHEMA_TABLE } from "./schema-table";

// Zod's own English, which names types ("expected string, received undefined") instead of
// telling the person what to enter: every field a form shows must have a message of its own.
const ZOD_DEFAULT = /^(Invalid (input|string|option|key|element|value|number)|Too (big|small)|Unrecognized key)/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Hostile input in the shape the schema's caller passes, and whether it is text only (as a form posts). */
function inputs({ valid, everyFieldSent }: SchemaCase): fc.Arbitrary<{ input: unknown; formShaped: boolean }> {
  if (Array.isArray(valid)) {
    const element = isRecord(valid[0]) ? withHostileFields(valid[0], hostileValue) : hostileValue;
    return fc.oneof(fc.array(element, { maxLength: 10 }), hostileValue).map((input) => ({ input, formShaped: false }));
  }
  if (!isRecord(valid)) return hostileValue.map((input) => ({ input, formShaped: false }));
  const textOnly = Object.values(valid).every((value) => typeof value === "string");
  return fc.oneof(
    withHostileFields(valid, hostileValue, { omit: !everyFieldSent }).map((input) => ({ input, formShaped: false })),
    withHostileFields(valid, hostileFormText, { omit: !everyFieldSent }).map((input) => ({ input, formShaped: textOnly })),
  );
}

describe.each(SCHEMA_TABLE)("$name under hostile input", (schemaCase) => {
  const { schema, valid, limits } = schemaCase;
  it("accepts its valid example, and the output keeps the column limits", () => {
    const parsed = schema.safeParse(valid);
    expect(parsed.error?.issues).toBeUndefined();
    expect(limitViolations(parsed.data, limits)).toEqual([]);
  });

  it("keeps the column limits with each text field at every boundary length", () => {
    const textFields = isRecord(valid) ? Object.keys(valid).filter((field) => typeof valid[field] === "string") : [];
    for (const field of textFields) {
      for (const text of BOUNDARY_TEXTS) {
        const parsed = schema.safeParse({ ...(valid as Record<string, unknown>), [field]: text });
        if (parsed.success) expect(limitViolations(parsed.data, limits), `${field}: ${text.length} units`).toEqual([]);
      }
    }
  });

  it("never throws; refuses with a message on a field, or accepts an output that fits its columns", () => {
    fc.assert(
      fc.property(inputs(schemaCase), ({ input, formShaped }) => {
        const parsed = schema.safeParse(input);
        if (parsed.success) {
          expect(limitViolations(parsed.data, limits)).toEqual([]);
          return;
        }
        expect(parsed.error.issues.length).toBeGreaterThan(0);
        for (const issue of parsed.error.issues) {
          expect(issue.message.trim()).not.toBe("");
          // An object's problems belong to one of its fields, so the form can show them there.
          if (isRecord(valid) && isRecord(input)) expect(Object.keys(valid)).toContain(String(issue.path[0]));
          if (formShaped) expect(issue.message).not.toMatch(ZOD_DEFAULT);
        }
        const flat = z.flattenError(parsed.error);
        expect(flat.formErrors.length + Object.keys(flat.fieldErrors).length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});
