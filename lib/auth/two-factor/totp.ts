import { base32 } from "@otplib/plugin-base32-scure";
import { crypto } from "@otplib/plugin-crypto-node";
import { verifySync } from "@otplib/totp";

// What every authenticator app understands: SHA-1, 6 digits, 30-second steps. A code from the
// step before or after is accepted too, for a phone's clock that is a little out.
export const PERIOD_SECONDS = 30;
export const SECRET_BYTES = 20;
const ISSUER = "MiWell";

/** A new random secret, in the base32 that authenticator apps take. */
export function newTotpSecret(): string {
  return base32.encode(crypto.randomBytes(SECRET_BYTES), { padding: false });
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)!.join(" ");
}

/** The link an authenticator app reads (scanned or tapped) to add this account. */
export function otpauthUri(secret: string, email: string): string {
  const label = encodeURIComponent(`${ISSUER}:${email}`);
  const query = new URLSearchParams({ secret, issuer: ISSUER, algorithm: "SHA1", digits: "6", period: String(PERIOD_SECONDS) });
  return `otpauth://totp/${label}?${query}`;
}

/**
 * The time step a 6-digit code belongs to if it is right at `nowMs` (within one step either
 * side) and later than `afterTimeStep` (the last one accepted, so no code works twice); else null.
 */
export function acceptedTimeStep(secret: string, code: string, nowMs: number, afterTimeStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    crypto,
    base32,
    period: PERIOD_SECONDS,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: PERIOD_SECONDS,
    ...(afterTimeStep === null ? {} : { afterTimeStep }),
  });
  return result.valid ? result.timeStep : null;
}
