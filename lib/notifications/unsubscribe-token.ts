import { createHmac, timingSafeEqual } from "node:crypto";

// Signed with the service's secret, so a link turns off reminders for its own patient only and
// cannot be forged by changing the id. It never expires: old emails keep working.
function signature(patientId: number, secret: string): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe-reminders:${patientId}`).digest().subarray(0, 18);
}

function secretFromEnv(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}

export function unsubscribeToken(patientId: number, secret = secretFromEnv()): string {
  return `${patientId}.${signature(patientId, secret).toString("base64url")}`;
}

/** The patient a token was made for, or null when it was not made by this service. */
export function verifyUnsubscribeToken(token: string, secret = secretFromEnv()): number | null {
  const match = /^([1-9]\d{0,15})\.([A-Za-z0-9_-]{24})$/.exec(token);
  if (!match) return null;
  const patientId = Number(match[1]);
  if (!Number.isSafeInteger(patientId)) return null;
  const given = Buffer.from(match[2], "base64url");
  const expected = signature(patientId, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? patientId : null;
}
