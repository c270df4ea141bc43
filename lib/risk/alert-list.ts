import { and, count, eq, type SQL } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { alerts, patients } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { assignedOrAudited } from "@/lib/caseload/assigned-patient";
import { normalisePage } from "@/lib/caseload/caseload-options";
import { ALERT_ORDER, type AlertView, isUnresolved, selectOwnAlerts, toAlertView } from "./alert-view";

export const ALERT_PAGE_SIZE = 20;

/** More unresolved alerts than one patient's record lists at once; the rest are on /alerts. */
export const PATIENT_ALERTS_LIMIT = 50;

export const ALERT_FILTERS = ["unresolved", "all"] as const;
export type AlertFilter = (typeof ALERT_FILTERS)[number];

/** The filter an address asks for (`?show=all`); anything else is the unresolved alerts. */
export function alertFilterFrom(value: unknown): AlertFilter {
  return value === "all" ? "all" : "unresolved";
}

/** The address of a view of /alerts, leaving out the defaults so links stay short. */
export function alertsHref(show: AlertFilter, page = 1): string {
  const params = new URLSearchParams();
  if (show === "all") params.set("show", "all");
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/alerts?${search}` : "/alerts";
}

export type AlertListPage = { alerts: AlertView[]; show: AlertFilter; page: number; pageCount: number; total: number };

async function countOwnAlerts(psychiatristId: number, condition?: SQL): Promise<number> {
  const [{ n }] = await getDb()
    .select({ n: count() })
    .from(patients)
    .innerJoin(alerts, eq(alerts.patientId, patients.userId))
    .where(and(eq(patients.psychiatristId, psychiatristId), condition));
  return Number(n);
}

/**
 * One page of the alerts about this psychiatrist's own patients: the unresolved ones first
 * (open, then acknowledged; the most severe, then the oldest), then, when `show` is "all", the
 * resolved ones, the most recently resolved first. Each view is one audit row.
 */
export async function alertList(psychiatrist: Actor, options: { show?: AlertFilter; page?: number } = {}): Promise<AlertListPage> {
  const show = alertFilterFrom(options.show);
  const condition = show === "all" ? undefined : isUnresolved;
  const [total] = await Promise.all([show === "all" ? countOwnAlerts(psychiatrist.id) : unresolvedAlertCount(psychiatrist.id), recordAudit(psychiatrist, { action: "alerts.view", targetType: "alert-list" })]);
  const pageCount = Math.max(1, Math.ceil(total / ALERT_PAGE_SIZE));
  const page = Math.min(normalisePage(options.page), pageCount);
  const rows =
    total === 0
      ? []
      : await selectOwnAlerts(psychiatrist.id, condition)
          .orderBy(...ALERT_ORDER)
          .limit(ALERT_PAGE_SIZE)
          .offset((page - 1) * ALERT_PAGE_SIZE);
  return { alerts: rows.map(toAlertView), show, page, pageCount, total };
}

/**
 * How many alerts about this psychiatrist's patients are unresolved: the number in the
 * navigation, and the alerts page's total. Counted once per request (React `cache`), as both
 * are on the alerts page and each count visits every patient of the caseload.
 */
export const unresolvedAlertCount = cache((psychiatristId: number): Promise<number> => countOwnAlerts(psychiatristId, isUnresolved));

/**
 * The unresolved alerts of one of this psychiatrist's patients, in the list's order, for the
 * patient's record. Null, with the attempt audited as denied, for anyone else's patient.
 */
export async function unresolvedAlertsOf(psychiatrist: Actor, patientId: number): Promise<AlertView[] | null> {
  if (!(await assignedOrAudited(psychiatrist, patientId, "alerts.view"))) return null;
  const rows = await selectOwnAlerts(psychiatrist.id, and(eq(patients.userId, patientId), isUnresolved))
    .orderBy(...ALERT_ORDER)
    .limit(PATIENT_ALERTS_LIMIT);
  await recordAudit(psychiatrist, { action: "alerts.view", targetType: "patient", targetId: patientId, patientId });
  return rows.map(toAlertView);
}
