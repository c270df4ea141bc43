import { seal, unseal } from "./secret-box";
import { groupedSecret, newTotpSecret, otpauthUri } from "./totp";

// A new secret travels with the set-up form, sealed for this account, rather than being stored
// before it is confirmed: nothing is written until a code from the app proves it was set up.
export const ENROLMENT_MINUTES = 30;
const enrolmentContext = (userId: number) => `two-factor-enrolment:${userId}`;

export type Enrolment = { secret: string; groupedSecret: string; uri: string; token: string };

/** A new secret to set up, as the page shows it, and its sealed copy for the form. */
export function startEnrolment(userId: number, email: string, nowMs = Date.now()): Enrolment {
  const secret = newTotpSecret();
  return {
    secret,
    groupedSecret: groupedSecret(secret),
    uri: otpauthUri(secret, email),
    token: seal(JSON.stringify({ secret, issuedAt: nowMs }), enrolmentContext(userId)),
  };
}

/** The secret of a set-up this account started in the last 30 minutes, or null. */
export function enrolmentSecret(userId: number, token: string, nowMs = Date.now()): string | null {
  const opened = unseal(token, enrolmentContext(userId));
  if (opened === null) return null;
  const { secret, issuedAt } = JSON.parse(opened) as { secret: string; issuedAt: number };
  const age = nowMs - issuedAt;
  return age >= 0 && age <= ENROLMENT_MINUTES * 60_000 ? secret : null;
}
