// Builders for the alert tests (lib/risk, the alert actions, the caseload and e2e): alert rows
// written straight into the database, as the risk rules would leave them.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { alerts } from "@/db/schema";
import type { RuleKind, Severity } from "@/lib/risk/rule-kinds";

type AlertRow = typeof alerts.$inferInsert;

export type AlertFixture = {
  patientId: number;
  entryId?: number | null;
  rule: RuleKind;
  severity: Severity;
} & Partial<Omit<AlertRow, "id" | "patientId" | "entryId" | "rule" | "severity">>;

let sequence = 0;

/** An alert with the copies an alert keeps (mood, note, day) filled in unless given. */
export async function createAlert(fixture: AlertFixture): Promise<number> {
  sequence += 1;
  const { entryId = null, rule, ...rest } = fixture;
  const [{ id }] = await getDb()
    .insert(alerts)
    .values({
      dedupeKey: `test:${process.pid}:${Date.now().toString(36)}:${sequence}`,
      reason: `The ${rule.replace("_", " ")} rule fired.`,
      mood: rule === "silence" ? null : 2,
      note: null,
      entryDate: rule === "silence" ? null : "2026-06-09",
      entryId,
      rule,
      ...rest,
    })
    .$returningId();
  return id;
}

export async function alertRow(alertId: number) {
  const [row] = await getDb().select().from(alerts).where(eq(alerts.id, alertId));
  return row;
}
