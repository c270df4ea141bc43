import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { psychiatrists, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { emailKeys } from "@/lib/notifications/email-keys";
import { queueEmail } from "@/lib/notifications/outbox";
import { rejectionEmail } from "@/lib/notifications/templates/rejection-email";
import { applicationEvent } from "./approve-application";
import type { Decision } from "./decision-notices";
import { rejectionSchema } from "./rejection-schema";

export type RejectOutcome = Extract<Decision, "rejected" | "already-approved" | "disabled" | "not-waiting" | "refused"> | "invalid-reason";

/**
 * Rejects a waiting psychiatrist's application with a reason. In one transaction, holding the
 * account's row lock (so it cannot be approved meanwhile): the applicant is emailed the reason,
 * the decision is audited, and the account is deleted. Deleted rather than disabled, because an
 * applicant has no patients or records to keep, and a disabled account would hold on to their
 * email and membership number: deleted, they can fix what was wrong and apply again. The audit
 * row (by id) and the email in the outbox remain as the record.
 */
export async function rejectApplication(admin: Actor, userId: number, reason: string): Promise<RejectOutcome> {
  const event = applicationEvent("psychiatrist.reject", userId);
  if (!(await adminOrAudited(admin, event))) return "refused";
  const parsed = rejectionSchema.safeParse({ reason });
  if (!parsed.success) return "invalid-reason";
  return retryTransaction(() =>
    getDb().transaction(async (tx): Promise<RejectOutcome> => {
      const [row] = await tx
        .select({ status: users.status, email: users.email, firstName: users.firstName })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.role, "psychiatrist")))
        .for("update");
      if (!row) return "not-waiting";
      if (row.status !== "pending") return row.status === "active" ? "already-approved" : "disabled";
      await queueEmail(tx, {
        dedupeKey: emailKeys.rejection(userId),
        kind: "account",
        // The account goes in this transaction; the email keeps only the address.
        userId: null,
        to: row.email,
        ...rejectionEmail({ firstName: row.firstName, reason: parsed.data.reason }),
      });
      await recordAudit(admin, event, tx);
      await tx.delete(psychiatrists).where(eq(psychiatrists.userId, userId));
      await tx.delete(users).where(eq(users.id, userId));
      return "rejected";
    }),
  );
}
