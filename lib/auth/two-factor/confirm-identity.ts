import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { type Failure, failure, fieldFailure } from "@/lib/forms/action-result";
import { verifyPassword } from "../password";
import { signInSucceeded, takeSignInAttempt } from "../rate-limit";
import { passwordCheckMessage, WRONG_CURRENT_PASSWORD } from "../sign-in-messages";

export const WRONG_CODE_HERE = "That code is not right, or was already used. Enter the code your app shows now.";

/**
 * Checks the caller's password and then a code (`codeIsRight` uses it up) before a change to
 * their two-factor sign-in. The try counts against the sign-in limit, and the count starts
 * afresh only when both are right, so the right password cannot be used to guess codes freely.
 * Returns null when both are right, or the refusal to show.
 */
export async function confirmPasswordAndCode(userId: number, password: string, codeIsRight: () => Promise<boolean>, address: string): Promise<Failure | null> {
  const [row] = await getDb().select({ emailKey: users.emailKey, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (!row?.emailKey) return fieldFailure("password", WRONG_CURRENT_PASSWORD);
  const lockedMs = await takeSignInAttempt(row.emailKey, address);
  if (lockedMs > 0) return failure(passwordCheckMessage({ reason: "locked", retryAfterSeconds: Math.ceil(lockedMs / 1000) }));
  if (!(await verifyPassword(row.passwordHash, password))) return fieldFailure("password", WRONG_CURRENT_PASSWORD);
  if (!(await codeIsRight())) return fieldFailure("code", WRONG_CODE_HERE);
  await signInSucceeded(row.emailKey, address);
  return null;
}
