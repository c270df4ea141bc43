import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";
import { signInSucceeded, takeSignInAttempt } from "./rate-limit";

export type PasswordCheck =
  | { ok: true; email: string }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * Checks a signed-in user's current password before a change only they should make (a new
 * password, deleting the account). Each try counts against the same limit as signing in, so a
 * session left open on a shared computer cannot be used to guess the password either.
 */
export async function confirmPassword(userId: number, password: string, address: string): Promise<PasswordCheck> {
  const [row] = await getDb()
    .select({ emailKey: users.emailKey, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row?.emailKey) return { ok: false, reason: "wrong" };
  const lockedMs = await takeSignInAttempt(row.emailKey, address);
  if (lockedMs > 0) return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil(lockedMs / 1000) };
  if (!(await verifyPassword(row.passwordHash, password))) return { ok: false, reason: "wrong" };
  await signInSucceeded(row.emailKey, address);
  return { ok: true, email: row.emailKey };
}
