import { getDb, type Database, type Transaction } from "@/db/client";
import { alertRules } from "@/db/schema";
import { parseRulesConfig, type RulesConfig } from "./rule-parameters";
import type { RuleKind } from "./rule-kinds";

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The rules as admins have set them; a kind with no row, or a row that no longer parses, runs with its defaults. */
export async function loadRules(db: Database | Transaction = getDb()): Promise<RulesConfig> {
  const rows = await db.select().from(alertRules);
  const stored: Partial<Record<RuleKind, unknown>> = {};
  for (const row of rows) {
    const parameters = parseJson(row.parameters);
    stored[row.kind] = typeof parameters === "object" && parameters !== null ? { ...parameters, enabled: row.enabled } : undefined;
  }
  return parseRulesConfig(stored);
}
