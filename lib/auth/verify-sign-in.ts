import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role, type Status } from "@/db/schema";
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
 * guessed no faster than passwords.
 */
export async function verifySignIn(email: string, password: string, address: string, code?: string): Promise<SignInOutcome> {
  const lockedMs = await takeSignInAttempt(email, address);
  if (lockedMs > 0) return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil(lockedMs / 1000) };

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

  const valid = await verifyPassword(row?.passwordHash ?? (await decoyHash()), password);
  if (!row || !valid) return { ok: false, reason: "invalid" };
  if (row.status === "disabled") return { ok: false, reason: "disabled" };
  const secondFactor = await spendSecondFactor(row.id, code, address);
  if (secondFactor === "missing") return { ok: false, reason: "code-needed" };
  if (secondFactor === "wrong") return { ok: false, reason: "code-wrong" };
  await signInSucceeded(email, address);
  return { ok: true, user: { id: row.id, role: row.role, status: row.status, sessionVersion: row.sessionVersion } };
}
