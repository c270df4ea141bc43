import type { Actor } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { type AccountCounts, accountCounts } from "./account-counts";
import { type AcknowledgementTimes, type AlertCounts, acknowledgementTimes, alertCounts } from "./alert-health";
import { checkInsLastDay } from "./check-ins-last-day";
import { type PsychiatristBacklog, unreviewedByPsychiatrist } from "./unreviewed-by-psychiatrist";

export const ACKNOWLEDGE_WINDOW_DAYS = 30;

export type ServiceHealth = {
  asOf: Date;
  checkInsLastDay: number;
  alerts: AlertCounts;
  acknowledgement: AcknowledgementTimes;
  backlog: { rows: PsychiatristBacklog[]; more: boolean };
  accounts: AccountCounts;
};

/**
 * The service at a glance for the admin's overview. Every figure is one query over an index
 * (a rolling day of check-ins, the unresolved alerts, 30 days of acknowledged alerts, each
 * psychiatrist's unreviewed entries, accounts by role and status), so the page costs the same
 * however long the service has run. Nothing here names a patient, so a view is not audited.
 */
export async function serviceHealth(admin: Actor, now = new Date()): Promise<ServiceHealth | null> {
  if (!(await adminOrAudited(admin, { action: "health.view", targetType: "service" }))) return null;
  const since = new Date(now.getTime() - ACKNOWLEDGE_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  const [checkIns, alerts, acknowledgement, backlog, accounts] = await Promise.all([
    checkInsLastDay(now),
    alertCounts(),
    acknowledgementTimes(since),
    unreviewedByPsychiatrist(),
    accountCounts(),
  ]);
  return { asOf: now, checkInsLastDay: checkIns, alerts, acknowledgement, backlog, accounts };
}
