export const INVALID_CREDENTIALS = "The email or password is not right. Check them and try again.";
export const CODE_NEEDED = "Your password is right. Now enter the 6-digit code from your authenticator app, or one of your recovery codes.";
export const WRONG_CODE = "That code is not right, or was already used. Enter the code your app shows now, or an unused recovery code.";
export const ACCOUNT_DISABLED = "This account has been disabled. Please contact the charity if you think this is a mistake.";

/** "3 minutes": a wait in whole minutes, never less than one. */
function minutesOf(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function lockedMessage(retryAfterSeconds: number): string {
  return `Too many failed sign-in attempts. For your safety, sign-in is paused: try again in ${minutesOf(retryAfterSeconds)}.`;
}

export const WRONG_CURRENT_PASSWORD = "That is not your current password";

/** The field message for a current password that was refused (see confirmPassword). */
export function passwordCheckMessage(check: { reason: "wrong" } | { reason: "locked"; retryAfterSeconds: number }): string {
  if (check.reason === "locked") return `Too many wrong passwords. For your safety, please wait ${minutesOf(check.retryAfterSeconds)} and try again.`;
  return WRONG_CURRENT_PASSWORD;
}

/** A refusal that is about the second-factor code, shown next to the code field. */
export const isCodeRefusal = (code: string) => code === "code-needed" || code === "code-wrong";

/** The words for a refused sign-in, from the code the sign-in check gave it. */
export function refusalMessage(code: string): string {
  if (code === "disabled") return ACCOUNT_DISABLED;
  if (code === "code-needed") return CODE_NEEDED;
  if (code === "code-wrong") return WRONG_CODE;
  const locked = /^locked:(\d+)$/.exec(code);
  if (locked) return lockedMessage(Number(locked[1]));
  return INVALID_CREDENTIALS;
}
