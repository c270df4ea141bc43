import { getDb, type Database, type Transaction } from "@/db/client";
import { auditLog } from "@/db/schema";

/** Who is acting, as the audit trail records them. */
export type Actor = { id: number; ip?: string | null };

export type AuditEvent = {
  action: string;
  outcome?: "allowed" | "denied";
  targetType?: string;
  targetId?: number | null;
  patientId?: number | null;
};

/**
 * Writes one row of the audit trail; pass the transaction when the event is part of one. The
 * actor may be nobody known (a refused sign-in) and still have an address.
 */
export async function recordAudit(actor: Actor | { id: null; ip?: string | null } | null, event: AuditEvent, db: Database | Transaction = getDb()): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    ip: actor?.ip ?? null,
    action: event.action,
    outcome: event.outcome ?? "allowed",
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    patientId: event.patientId ?? null,
  });
}
