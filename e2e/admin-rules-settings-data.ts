// Alert rules and settings are service-wide: other specs expect the defaults (the helplines on a
// hard day, the rules that raise alerts). The spec snapshots the rows it may change and puts them
// back exactly afterwards, even when a test fails part way.
import { inArray } from "drizzle-orm";
import { getDb } from "../db/client";
import { alertRules, settings } from "../db/schema";
import type { RuleKind } from "../lib/risk/rule-kinds";
import type { SettingKey } from "../lib/settings/service-settings";

type Snapshot = { rules: (typeof alertRules.$inferSelect)[]; settings: (typeof settings.$inferSelect)[]; kinds: RuleKind[]; keys: SettingKey[] };

/** The stored rows (if any) of these rules and settings, as they are now. */
export async function snapshot(kinds: RuleKind[], keys: SettingKey[]): Promise<Snapshot> {
  const db = getDb();
  return {
    rules: await db.select().from(alertRules).where(inArray(alertRules.kind, kinds)),
    settings: await db.select().from(settings).where(inArray(settings.key, keys)),
    kinds,
    keys,
  };
}

/** Puts the rows back as they were: a rule or setting that had no row goes back to its default. */
export async function restore(saved: Snapshot): Promise<void> {
  const db = getDb();
  await db.transaction(async (tx) => {
    await tx.delete(alertRules).where(inArray(alertRules.kind, saved.kinds));
    await tx.delete(settings).where(inArray(settings.key, saved.keys));
    if (saved.rules.length > 0) await tx.insert(alertRules).values(saved.rules);
    if (saved.settings.length > 0) await tx.insert(settings).values(saved.settings);
  });
}
