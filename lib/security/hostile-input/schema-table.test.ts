import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SCHEMA_TABLE } from "./schema-table";

const root = path.resolve(__dirname, "../../..");

/** lib/ modules that use zod, leaving out tests and the tests' own builders. */
function zodModules(dir = path.join(root, "lib")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : zodModules(full);
    const isSource = entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts");
    return isSource && /from "zod"/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

// Exported schemas by their naming: `fooSchema`, or a collection such as `RULE_SCHEMAS` or `profileSchemas`.
const SINGLE = /Schema$/;
const COLLECTION = /(_SCHEMAS|Schemas)$/;

async function exportedSchemas(): Promise<Map<z.ZodType, string>> {
  const found = new Map<z.ZodType, string>();
  for (const file of zodModules()) {
    const exports = (await import(file)) as Record<string, unknown>;
    const where = path.relative(root, file);
    for (const [name, value] of Object.entries(exports)) {
      if (SINGLE.test(name) && value instanceof z.ZodType) found.set(value, `${where}: ${name}`);
      if (COLLECTION.test(name) && typeof value === "object" && value !== null) {
        for (const [key, member] of Object.entries(value)) {
          if (member instanceof z.ZodType && !found.has(member)) found.set(member, `${where}: ${name}.${key}`);
        }
      }
    }
  }
  return found;
}

describe("the hostile-input schema table", () => {
  it("lists every schema lib/ exports, so a new one is tried with hostile input too", async () => {
    const listed = new Set(SCHEMA_TABLE.map((entry) => entry.schema));
    const exported = await exportedSchemas();
    const missing = [...exported].filter(([schema]) => !listed.has(schema)).map(([, name]) => name);
    expect(missing).toEqual([]);
    // The scan itself works: it finds the table's schemas where they are defined.
    expect(exported.size).toBeGreaterThanOrEqual(SCHEMA_TABLE.length);
  });

  it("names each schema once", () => {
    const names = SCHEMA_TABLE.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(SCHEMA_TABLE.map((entry) => entry.schema)).size).toBe(names.length);
  });
});
