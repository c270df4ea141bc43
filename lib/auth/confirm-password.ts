import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";
import { signInSucceeded, takeSignInAttempt } from "./rate-limit";

export type PasswordCheck =
  | { ok: true; email: string }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

type SecondCheckFailed = { ok: false; reason: "second-check" };

/**
 * Checks a signed-in user's current password before a change only they should make (a new
 * password, deleting the account). Each try counts against the same limit as signing in, so a
 * session left open on a shared computer cannot be used to guess the password either. With
 * `secondCheck` (a two-factor code), it runs once the password is right, and the count starts
 * afresh only when both are, so the right password cannot be used to guess codes freely.
 */
export function confirmPassword(userId: number, password: string, address: string): Promise<PasswordCheck>;
export function confirmPassword(userId: number, password: string, address: string, secondCheck: () => Promise<boolean>): Promise<PasswordCheck | SecondCheckFailed>;
export async function confirmPassword(userId: number, password: string, address: string, secondCheck?: () => Promise<boolean>): Promise<PasswordCheck | SecondCheckFailed> {
  const [row] = await getDb()
    .select({ emailKey: users.emailKey, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row?.emailKey) return { ok: false, reason: "wrong" };
  const lockedMs = await takeSignInAttempt(row.emailKey, address);
  if (lockedMs > 0) return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil(lockedMs / 1000) };
  if (!(await verifyPassword(row.passwordHash, password))) return { ok: false, reason: "wrong" };
  if (secondCheck && !(await secondCheck())) return { ok: false, reason: "second-check" };
  await signInSucceeded(row.emailKey, address);
  return { ok: true, email: row.emailKey };
}
