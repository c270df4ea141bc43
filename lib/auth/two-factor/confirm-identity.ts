import { type Failure, failure, fieldFailure } from "@/lib/forms/action-result";
import { confirmPassword } from "../confirm-password";
import { passwordCheckMessage, WRONG_CURRENT_PASSWORD } from "../sign-in-messages";

export const WRONG_CODE_HERE = "That code is not right, or was already used. Enter the code your app shows now.";

/**
 * Checks the caller's password and then a code (`codeIsRight` uses it up) before a change to
 * their two-factor sign-in, counted against the sign-in limit as confirmPassword does. Returns
 * null when both are right, or the refusal to show, next to the field it concerns.
 */
export async function confirmPasswordAndCode(userId: number, password: string, codeIsRight: () => Promise<boolean>, address: string): Promise<Failure | null> {
  const check = await confirmPassword(userId, password, address, codeIsRight);
  if (check.ok) return null;
  if (check.reason === "locked") return failure(passwordCheckMessage(check));
  if (check.reason === "second-check") return fieldFailure("code", WRONG_CODE_HERE);
  return fieldFailure("password", WRONG_CURRENT_PASSWORD);
}
