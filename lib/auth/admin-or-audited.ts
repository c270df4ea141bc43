import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";

/**
 * Whether the actor is an admin whose account is active now, read from the users table rather
 * than trusted from the caller: a session issued before a role change or a disable proves
 * nothing. A refusal is written to the audit trail as the attempted event, so probing shows.
 */
export async function adminOrAudited(actor: Actor, attempted: Omit<AuditEvent, "outcome">): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, actor.id), eq(users.role, "admin"), eq(users.status, "active")))
    .limit(1);
  if (row) return true;
  await recordAudit(actor, { ...attempted, outcome: "denied" });
  return false;
}
