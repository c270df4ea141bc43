import { eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { type ActionResult, type Failure, failure } from "@/lib/forms/action-result";

export const ACCOUNT_UNAVAILABLE =
  "This account can no longer be changed: it has been disabled or deleted. Please contact the charity if you think this is a mistake.";

export type OwnAccount = { id: number; role: "patient" | "psychiatrist" | "admin"; email: string; firstName: string; timezone: string; sessionVersion: number };

/**
 * The caller's own account, locked for the change `action` names, as the database has it now
 * (never the role or status a session or a form claims). A disabled or deleted account gets the
 * refusal, written to the audit trail.
 */
async function lockOwnAccount(tx: Transaction, actor: Actor, action: string): Promise<OwnAccount | Failure> {
  const [row] = await tx
    .select({
      id: users.id,
      role: users.role,
      status: users.status,
      email: users.email,
      firstName: users.firstName,
      timezone: users.timezone,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, actor.id))
    .for("update");
  if (!row || row.status === "disabled") {
    await recordAudit(actor, { action, outcome: "denied", targetType: "user", targetId: actor.id }, tx);
    return failure(ACCOUNT_UNAVAILABLE);
  }
  const { status: _status, ...account } = row;
  return account;
}

/**
 * Runs a change to the caller's own account in one READ COMMITTED transaction (retried if MySQL
 * breaks a deadlock with it), with the account's row locked, or refuses a disabled or deleted one.
 */
export async function withOwnAccount<T>(
  actor: Actor,
  action: string,
  change: (tx: Transaction, account: OwnAccount) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  return retryTransaction(() =>
    getDb().transaction(
      async (tx) => {
        const account = await lockOwnAccount(tx, actor, action);
        return "ok" in account ? account : change(tx, account);
      },
      { isolationLevel: "read committed" },
    ),
  );
}
