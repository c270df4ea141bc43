import { asc, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { alerts } from "@/db/schema";
import type { ExportAlert } from "./export-types";

/**
 * Every alert raised about this patient. The resolution note is part of their record, so it is
 * theirs to read (a right of access covers it); who took each step is not included.
 */
export async function patientAlerts(tx: Transaction, patientId: number): Promise<ExportAlert[]> {
  return tx
    .select({
      rule: alerts.rule,
      severity: alerts.severity,
      reason: alerts.reason,
      entryDate: alerts.entryDate,
      mood: alerts.mood,
      note: alerts.note,
      status: alerts.status,
      raisedAt: alerts.createdAt,
      acknowledgedAt: alerts.acknowledgedAt,
      resolvedAt: alerts.resolvedAt,
      resolution: alerts.resolution,
    })
    .from(alerts)
    .where(eq(alerts.patientId, patientId))
    .orderBy(asc(alerts.createdAt), asc(alerts.id));
}
