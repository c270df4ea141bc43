import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role, type Status } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { decoyHash, verifyPassword } from "./password";
import { signInSucceeded, takeSignInAttempt } from "./rate-limit";
import { spendSecondFactor } from "./two-factor/second-factor";

export type SignedInUser = { id: number; role: Role; status: Status; sessionVersion: number };

export type SignInOutcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "disabled" | "code-needed" | "code-wrong" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * Checks an email and password, and the code of an account with two-factor sign-in. Every
 * attempt is counted first, so once the limit is reached even the right password is refused
 * until the lock expires; the count starts afresh only after a complete sign-in, so codes are
 * guessed no faster than passwords. Each outcome but "code needed" (half-way through) goes to
 * the audit trail with the address it came from, naming the account when there is one, never
 * the email typed.
 */
export async function verifySignIn(email: string, password: string, address: string, code?: string): Promise<SignInOutcome> {
  const { outcome, accountId } = await checkSignIn(email, password, address, code);
  if (!(!outcome.ok && outcome.reason === "code-needed")) {
    const action = !outcome.ok && outcome.reason === "code-wrong" ? "auth.second-factor" : "auth.sign-in";
    // A refused attempt may not be the account's owner: the account is its target, not its actor.
    await recordAudit(outcome.ok ? { id: outcome.user.id, ip: address } : { id: null, ip: address }, {
      action,
      outcome: outcome.ok ? "allowed" : "denied",
      targetType: accountId ? "user" : undefined,
      targetId: accountId,
    });
  }
  return outcome;
}

async function checkSignIn(email: string, password: string, address: string, code?: string): Promise<{ outcome: SignInOutcome; accountId: number | null }> {
  const lockedMs = await takeSignInAttempt(email, address);
  const [row] = await getDb()
    .select({
      id: users.id,
      role: users.role,
      status: users.status,
      sessionVersion: users.sessionVersion,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.emailKey, email))
    .limit(1);
  const accountId = row?.id ?? null;
  if (lockedMs > 0) return { outcome: { ok: false, reason: "locked", retryAfterSeconds: Math.ceil(lockedMs / 1000) }, accountId };

  const valid = await verifyPassword(row?.passwordHash ?? (await decoyHash()), password);
  if (!row || !valid) return { outcome: { ok: false, reason: "invalid" }, accountId };
  if (row.status === "disabled") return { outcome: { ok: false, reason: "disabled" }, accountId };
  const secondFactor = await spendSecondFactor(row.id, code, address);
  if (secondFactor === "missing") return { outcome: { ok: false, reason: "code-needed" }, accountId };
  if (secondFactor === "wrong") return { outcome: { ok: false, reason: "code-wrong" }, accountId };
  await signInSucceeded(email, address);
  return { outcome: { ok: true, user: { id: row.id, role: row.role, status: row.status, sessionVersion: row.sessionVersion } }, accountId };
}
