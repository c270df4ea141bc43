// Builders for the approvals tests (lib/admin/approvals and its actions): psychiatrists waiting
// for approval, and the rows an approval or rejection changes, read back.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, emailOutbox, psychiatrists, users } from "@/db/schema";
import { createPsychiatrist } from "./accounts";

/** A psychiatrist who has applied and waits for an admin's decision. */
export function createApplicant(overrides: Parameters<typeof createPsychiatrist>[0] = {}): Promise<number> {
  return createPsychiatrist({ ...overrides, approved: false });
}

/** The account and psychiatrist rows of an applicant, or undefined once the account is gone. */
export async function applicantRow(userId: number) {
  const [row] = await getDb()
    .select({
      status: users.status,
      email: users.email,
      registrationNumber: psychiatrists.registrationNumber,
      approvedAt: psychiatrists.approvedAt,
      approvedBy: psychiatrists.approvedBy,
      accepting: psychiatrists.acceptingNewPatients,
    })
    .from(users)
    .leftJoin(psychiatrists, eq(psychiatrists.userId, users.id))
    .where(eq(users.id, userId));
  return row;
}

/** Every email in the outbox, in the order queued. */
export async function outboxEmails() {
  return getDb()
    .select({ dedupeKey: emailOutbox.dedupeKey, kind: emailOutbox.kind, urgent: emailOutbox.urgent, userId: emailOutbox.userId, to: emailOutbox.toAddress, subject: emailOutbox.subject, text: emailOutbox.textBody, html: emailOutbox.htmlBody })
    .from(emailOutbox)
    .orderBy(asc(emailOutbox.id));
}

/** The audit trail as the assertions compare it, oldest first. */
export async function auditTrail() {
  return getDb()
    .select({ actorId: auditLog.actorId, action: auditLog.action, outcome: auditLog.outcome, targetType: auditLog.targetType, targetId: auditLog.targetId, patientId: auditLog.patientId, ip: auditLog.ip })
    .from(auditLog)
    .orderBy(asc(auditLog.id));
}
