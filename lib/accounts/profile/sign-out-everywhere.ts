import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import type { ActionResult } from "@/lib/forms/action-result";
import { withOwnAccount } from "./own-account";

/**
 * Ends every session of the caller's account, on every device, this one included: the session
 * version moves on, so each older token is refused at its next request. For a phone that was
 * lost or a computer left signed in somewhere.
 */
export async function signOutEverywhere(actor: Actor): Promise<ActionResult> {
  return withOwnAccount(actor, "account.sign-out-everywhere", async (tx, account) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, account.id));
    await recordAudit(
      actor,
      { action: "account.sign-out-everywhere", targetType: "user", targetId: account.id, patientId: account.role === "patient" ? account.id : null },
      tx,
    );
    return { ok: true };
  });
}
