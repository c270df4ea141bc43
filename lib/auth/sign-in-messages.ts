export const INVALID_CREDENTIALS = "The email or password is not right. Check them and try again.";
export const ACCOUNT_DISABLED = "This account has been disabled. Please contact the charity if you think this is a mistake.";

export function lockedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-in attempts. For your safety, sign-in is paused: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The words for a refused sign-in, from the code the sign-in check gave it. */
export function refusalMessage(code: string): string {
  if (code === "disabled") return ACCOUNT_DISABLED;
  const locked = /^locked:(\d+)$/.exec(code);
  if (locked) return lockedMessage(Number(locked[1]));
  return INVALID_CREDENTIALS;
}
