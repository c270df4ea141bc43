import { and, eq, inArray, sql } from "drizzle-orm";
import type { AnyMySqlColumn, MySqlUpdateSetSource } from "drizzle-orm/mysql-core";
import { getDb } from "@/db/client";
import { alerts, patients } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { type AlertStatus, UNRESOLVED_STATUSES } from "./alert-view";
import { RESOLUTION_MESSAGE, resolutionSchema } from "./resolution-schema";

export type AlertStepRefusal = "invalid-resolution" | "not-found";
/** `changed` is false when someone had already taken the step: what they recorded stands. */
export type AlertStepResult = { ok: true; changed: boolean } | { ok: false; reason: AlertStepRefusal };

/**
 * The alert's patient when that patient is assigned to this psychiatrist now; otherwise null,
 * with the refused attempt audited (naming the alert's real patient, if any).
 */
async function ownAlertOrAudited(psychiatrist: Actor, alertId: number, action: string): Promise<{ patientId: number } | null> {
  const [row] = await getDb()
    .select({ patientId: alerts.patientId, psychiatristId: patients.psychiatristId })
    .from(alerts)
    .leftJoin(patients, eq(patients.userId, alerts.patientId))
    .where(eq(alerts.id, alertId))
    .limit(1);
  if (row?.patientId != null && row.psychiatristId === psychiatrist.id) return { patientId: row.patientId };
  await recordAudit(psychiatrist, { action, outcome: "denied", targetType: "alert", targetId: alertId, patientId: row?.patientId ?? null });
  return null;
}

/**
 * Updates the alert only while it is in one of `from` and its patient is still this
 * psychiatrist's, auditing the step in the same transaction. The conditions make the UPDATE
 * itself the referee: of two clicks, or two psychiatrists, only the first changes the row.
 */
async function takeStep(
  psychiatrist: Actor,
  alertId: number,
  patientId: number,
  step: { action: string; from: readonly AlertStatus[]; set: MySqlUpdateSetSource<typeof alerts> },
): Promise<AlertStepResult> {
  return retryTransaction(() =>
    getDb().transaction(async (tx) => {
      const ownPatients = tx.select({ id: patients.userId }).from(patients).where(eq(patients.psychiatristId, psychiatrist.id));
      const [result] = await tx
        .update(alerts)
        .set(step.set)
        .where(and(eq(alerts.id, alertId), inArray(alerts.status, [...step.from]), inArray(alerts.patientId, ownPatients)));
      if (result.affectedRows === 0) return { ok: true, changed: false };
      await recordAudit(psychiatrist, { action: step.action, targetType: "alert", targetId: alertId, patientId }, tx);
      return { ok: true, changed: true };
    }),
  );
}

/**
 * Acknowledges an open alert about one of the psychiatrist's own patients: they have seen it
 * and are dealing with it. An alert already acknowledged (or resolved) is left as it is.
 */
export async function acknowledgeAlert(psychiatrist: Actor, alertId: number, now = new Date()): Promise<AlertStepResult> {
  const own = await ownAlertOrAudited(psychiatrist, alertId, "alert.acknowledge");
  if (!own) return { ok: false, reason: "not-found" };
  return takeStep(psychiatrist, alertId, own.patientId, {
    action: "alert.acknowledge",
    from: ["open"],
    set: { status: "acknowledged", acknowledgedBy: psychiatrist.id, acknowledgedAt: now },
  });
}

/** Who took a step, unless someone already had. */
const firstOf = (column: AnyMySqlColumn, value: number | Date) =>
  sql`coalesce(${column}, ${value})`;

/**
 * Resolves an unresolved alert about one of the psychiatrist's own patients with a note of what
 * was done. Resolving an open alert acknowledges it too, keeping any earlier acknowledgement.
 * A resolved alert keeps its first resolution.
 */
export async function resolveAlert(psychiatrist: Actor, alertId: number, resolution: string, now = new Date()): Promise<AlertStepResult> {
  const parsed = resolutionSchema.safeParse({ resolution });
  if (!parsed.success) return { ok: false, reason: "invalid-resolution" };
  const own = await ownAlertOrAudited(psychiatrist, alertId, "alert.resolve");
  if (!own) return { ok: false, reason: "not-found" };
  return takeStep(psychiatrist, alertId, own.patientId, {
    action: "alert.resolve",
    from: UNRESOLVED_STATUSES,
    set: {
      status: "resolved",
      resolvedBy: psychiatrist.id,
      resolvedAt: now,
      resolution: parsed.data.resolution,
      acknowledgedBy: firstOf(alerts.acknowledgedBy, psychiatrist.id),
      acknowledgedAt: firstOf(alerts.acknowledgedAt, now),
    },
  });
}

/** What the alert screens say when a step is refused, whatever the reason behind it. */
export const ALERT_STEP_REFUSED: Record<AlertStepRefusal, string> = {
  // The action checks the note with the same schema first, so this one is a last line of defence.
  "invalid-resolution": RESOLUTION_MESSAGE,
  "not-found": "That alert could not be found.",
};
