// What an admin's decision on an application did, as the approvals page says it after the
// action comes back (`?decision=…`). Only these words can appear: the address cannot inject text.

export const DECISION_NOTICES = {
  approved: "Approved. They can sign in now, and new patients are assigned to them.",
  rejected: "Application rejected. The applicant is emailed your reason, and their account is removed.",
  "already-approved": "That psychiatrist had already been approved, so nothing changed.",
  disabled: "That account has been disabled, so it was left as it is. Re-enable it under People first.",
  "not-waiting": "That application is no longer waiting: someone may have dealt with it already.",
  refused: "Only an active admin can decide on applications.",
} as const;

export type Decision = keyof typeof DECISION_NOTICES;

export const APPROVALS_PATH = "/admin/approvals";

/** The approvals page, saying what the decision did. */
export function approvalsWithNotice(decision: Decision): string {
  return `${APPROVALS_PATH}?decision=${decision}`;
}

/** The sentence for a `?decision=…` the page was given, or null for none (or one made up). */
export function decisionNoticeText(value: unknown): string | null {
  return typeof value === "string" && Object.hasOwn(DECISION_NOTICES, value) ? DECISION_NOTICES[value as Decision] : null;
}
