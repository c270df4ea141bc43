import { and, eq, inArray, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import { getDb } from "@/db/client";
import { alerts, alertStatuses, patients, users } from "@/db/schema";
import type { LocalDate } from "@/lib/moods/local-date";
import { type RuleKind, SEVERITIES, type Severity } from "./rule-kinds";

export type AlertStatus = (typeof alertStatuses)[number];

/** An alert needs its psychiatrist until it is resolved: a patient with one "requires assistance". */
export const UNRESOLVED_STATUSES = ["open", "acknowledged"] as const satisfies readonly AlertStatus[];

/** A step someone took; `by` is null once their account is gone, the step itself stays. */
export type AlertStep = { by: string | null; at: Date };

/** An alert as its psychiatrist reads it, with the copies of the check-in that raised it. */
export type AlertView = {
  id: number;
  patientId: number;
  patientName: string;
  /** The check-in that raised it; null for silence, or once the patient deleted the check-in. */
  entryId: number | null;
  rule: RuleKind;
  severity: Severity;
  reason: string;
  mood: number | null;
  note: string | null;
  entryDate: LocalDate | null;
  status: AlertStatus;
  createdAt: Date;
  escalatedAt: Date | null;
  acknowledged: AlertStep | null;
  resolved: (AlertStep & { resolution: string }) | null;
};

const patientUser = alias(users, "alert_patient");
const acknowledger = alias(users, "alert_acknowledger");
const resolver = alias(users, "alert_resolver");

/** Whether an alert (in a query over alerts) still needs its psychiatrist. */
export const isUnresolved = inArray(alerts.status, [...UNRESOLVED_STATUSES]);

/**
 * The alerts of this psychiatrist's own patients that also match `condition`, with the names
 * that go with them. Scoped by patients.psychiatrist_id, so MySQL reads the caseload's patients
 * (patients_psychiatrist) and then each one's alerts (alerts_patient_status).
 */
export function selectOwnAlerts(psychiatristId: number, condition?: SQL) {
  return getDb()
    .select({
      id: alerts.id,
      patientId: patients.userId,
      patientFirst: patientUser.firstName,
      patientLast: patientUser.lastName,
      entryId: alerts.entryId,
      rule: alerts.rule,
      severity: alerts.severity,
      reason: alerts.reason,
      mood: alerts.mood,
      note: alerts.note,
      entryDate: alerts.entryDate,
      status: alerts.status,
      createdAt: alerts.createdAt,
      escalatedAt: alerts.escalatedAt,
      acknowledgedAt: alerts.acknowledgedAt,
      acknowledgerFirst: acknowledger.firstName,
      acknowledgerLast: acknowledger.lastName,
      resolvedAt: alerts.resolvedAt,
      resolverFirst: resolver.firstName,
      resolverLast: resolver.lastName,
      resolution: alerts.resolution,
    })
    .from(patients)
    .innerJoin(alerts, eq(alerts.patientId, patients.userId))
    .innerJoin(patientUser, eq(patientUser.id, patients.userId))
    .leftJoin(acknowledger, eq(acknowledger.id, alerts.acknowledgedBy))
    .leftJoin(resolver, eq(resolver.id, alerts.resolvedBy))
    .where(and(eq(patients.psychiatristId, psychiatristId), condition))
    .$dynamic();
}

type Row = Awaited<ReturnType<typeof selectOwnAlerts>>[number];

const fullName = (first: string | null, last: string | null) => (first === null ? null : `${first} ${last}`);

export function toAlertView(row: Row): AlertView {
  return {
    id: row.id,
    patientId: row.patientId,
    patientName: `${row.patientFirst} ${row.patientLast}`,
    entryId: row.entryId,
    rule: row.rule,
    severity: row.severity,
    reason: row.reason,
    mood: row.mood,
    note: row.note,
    entryDate: row.entryDate,
    status: row.status,
    createdAt: row.createdAt,
    escalatedAt: row.escalatedAt,
    acknowledged: row.acknowledgedAt === null ? null : { by: fullName(row.acknowledgerFirst, row.acknowledgerLast), at: row.acknowledgedAt },
    resolved:
      row.resolvedAt === null
        ? null
        : { by: fullName(row.resolverFirst, row.resolverLast), at: row.resolvedAt, resolution: row.resolution ?? "" },
  };
}

const rank = (column: SQLWrapper, values: readonly string[]) =>
  sql`case ${column} ${sql.join(
    values.map((value, i) => sql`when ${value} then ${i}`),
    sql` `,
  )} end`;

/**
 * Unresolved first (open before acknowledged; within each the most severe, then the oldest),
 * then resolved, the most recently resolved first. The id breaks ties so pages never overlap.
 */
export const ALERT_ORDER: SQL[] = [
  sql`${rank(alerts.status, alertStatuses)} asc`,
  sql`(case when ${alerts.status} <> 'resolved' then ${rank(alerts.severity, SEVERITIES)} end) asc`,
  sql`(case when ${alerts.status} <> 'resolved' then ${alerts.createdAt} end) asc`,
  sql`${alerts.resolvedAt} desc`,
  sql`${alerts.id} asc`,
];
