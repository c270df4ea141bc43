import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { hashPassword } from "@/lib/auth/password";
import { passwordCheckMessage } from "@/lib/auth/sign-in-messages";
import { type ActionResult, failure, fieldFailure, parseInput } from "@/lib/forms/action-result";
import { emailKeys } from "@/lib/notifications/email-keys";
import { queueEmail } from "@/lib/notifications/outbox";
import { passwordChangedEmail } from "@/lib/notifications/templates/password-changed-email";
import { withOwnAccount } from "./own-account";
import { passwordChangeSchema } from "./password-change-schema";

/**
 * Changes the caller's password once they have typed the current one (each try counts against
 * the sign-in limit). In one transaction: the new hash, a new session version (so every session
 * ends, this one included, which the caller signs back in), the audit row and an email telling
 * the owner. Returns the email to sign in with.
 */
export async function changeOwnPassword(actor: Actor, input: unknown, address: string): Promise<ActionResult<{ email: string }>> {
  const parsed = parseInput(passwordChangeSchema, input);
  if (!parsed.ok) return parsed;
  const { currentPassword, password } = parsed.data;
  // A disabled or deleted account is refused as such, not told its password is wrong.
  const open = await withOwnAccount(actor, "account.password", async () => ({ ok: true }));
  if (!open.ok) return open;
  const check = await confirmPassword(actor.id, currentPassword, address);
  if (!check.ok) return check.reason === "wrong" ? fieldFailure("currentPassword", passwordCheckMessage(check)) : failure(passwordCheckMessage(check));
  // Hashed before the transaction, so the account's row is locked for milliseconds, not for argon2.
  const passwordHash = await hashPassword(password);
  return withOwnAccount(actor, "account.password", async (tx, account) => {
    const sessionVersion = account.sessionVersion + 1;
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, account.id));
    const at = new Date();
    await queueEmail(tx, {
      dedupeKey: emailKeys.passwordChanged(account.id, sessionVersion),
      kind: "account",
      userId: account.id,
      to: account.email,
      ...passwordChangedEmail({ firstName: account.firstName, at, timeZone: account.timezone }),
    });
    await recordAudit(actor, { action: "account.password", targetType: "user", targetId: account.id, patientId: account.role === "patient" ? account.id : null }, tx);
    return { ok: true, data: { email: account.email } };
  });
}
