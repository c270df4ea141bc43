/** How big a scale database to make. */
export type ScalePlan = {
  psychiatrists: number;
  patients: number;
  /** Patients of the first scale psychiatrist; the rest are spread evenly over the others. */
  bigCaseload: number;
  /** Days of check-ins per patient, ending yesterday. */
  days: number;
  /** Share of reviewed entries with a reply from the psychiatrist. */
  replyShare: number;
  /** Share of patients left with open alerts from a hard last few days. */
  alertShare: number;
  /** Rows per INSERT statement. */
  batchSize: number;
  seed: number;
};

export const DEFAULT_PLAN: ScalePlan = {
  psychiatrists: 50,
  patients: 5000,
  bigCaseload: 500,
  days: 365,
  // Of reviewed entries (about 95% of all): a reply on about a third of all entries.
  replyShare: 0.35,
  alertShare: 0.03,
  batchSize: 5000,
  seed: 20240601,
};

/**
 * The psychiatrist (index into the plan's psychiatrists) of each patient: the first
 * `bigCaseload` go to psychiatrist 0, the rest round the others, so psychiatrist 0 has the
 * largest caseload whenever bigCaseload exceeds an even share.
 */
export function caseloadOf(plan: ScalePlan, patientIndex: number): number {
  if (plan.psychiatrists === 1 || patientIndex < plan.bigCaseload) return 0;
  return 1 + ((patientIndex - plan.bigCaseload) % (plan.psychiatrists - 1));
}

/** Every n-th patient has open alerts, so even a tiny plan gets some when the share allows. */
export function hasOpenAlerts(plan: ScalePlan, patientIndex: number): boolean {
  if (plan.alertShare <= 0) return false;
  const every = Math.max(1, Math.round(1 / plan.alertShare));
  return patientIndex % every === every - 1;
}
