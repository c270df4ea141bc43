import { approvePsychiatrist } from "@/lib/accounts/approve-psychiatrist";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { retryTransaction } from "@/lib/db/retry-transaction";
import type { Decision } from "./decision-notices";

export type ApproveOutcome = Extract<Decision, "approved" | "already-approved" | "disabled" | "not-waiting" | "refused">;

export const applicationEvent = (action: "psychiatrist.approve" | "psychiatrist.reject", userId: number): Omit<AuditEvent, "outcome"> => ({
  action,
  targetType: "user",
  targetId: userId,
});

/**
 * Approves a waiting psychiatrist: their account becomes active and, accepting new patients by
 * default, they are in the assignment from the next registration. The row lock in
 * approvePsychiatrist makes a second click, or a second admin, see "already approved"; the audit
 * row is written in the approval's own transaction.
 */
export async function approveApplication(admin: Actor, userId: number): Promise<ApproveOutcome> {
  const event = applicationEvent("psychiatrist.approve", userId);
  if (!(await adminOrAudited(admin, event))) return "refused";
  const result = await retryTransaction(() => approvePsychiatrist(userId, admin.id, (tx) => recordAudit(admin, event, tx)));
  return result === "not-found" ? "not-waiting" : result;
}
