import { consumeAll, perDatabase, storeLimiter } from "@/lib/auth/rate-limit";

// Scripted sign-ups would pile fake patients onto real psychiatrists' caseloads and probe which
// emails have accounts; a family or a clinic registering together stays well under this.
export const REGISTRATIONS_PER_HOUR = 20;
export const REGISTRATION_LIMITED =
  "Too many accounts have been created from your connection in the last hour. Please try again later.";

const registrationLimiter = perDatabase(() => storeLimiter("register-address", REGISTRATIONS_PER_HOUR, 60 * 60));

/** Counts one registration attempt from an address; true when it may go ahead. */
export async function takeRegistrationAttempt(address: string): Promise<boolean> {
  return (await consumeAll([[registrationLimiter(), address]])) === 0;
}
