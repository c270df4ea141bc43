import type { Role } from "@/db/schema";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a session lasts, by role. Staff sessions open every patient's record, so a computer
 * left signed in on a ward ends its session after 30 minutes without a request, and any session
 * after a 12-hour shift; a patient's phone stays signed in for 30 days, so that checking in stays
 * a few taps.
 */
export const SESSION_LIMITS: Record<Role, { idleSeconds: number | null; totalSeconds: number }> = {
  patient: { idleSeconds: null, totalSeconds: 30 * DAY },
  psychiatrist: { idleSeconds: 30 * MINUTE, totalSeconds: 12 * HOUR },
  admin: { idleSeconds: 30 * MINUTE, totalSeconds: 12 * HOUR },
};

/** What a session token records about time: when its owner signed in and was last seen, in seconds. */
export type SessionTimes = { role?: Role; signedInAt?: number; seenAt?: number };

/** True when a session has outlived its role's limits (or predates them, having no times at all). */
export function sessionEnded(token: SessionTimes, nowSeconds: number): boolean {
  if (!token.role || typeof token.signedInAt !== "number" || typeof token.seenAt !== "number") return true;
  const limits = SESSION_LIMITS[token.role];
  if (!limits) return true;
  if (nowSeconds - token.signedInAt > limits.totalSeconds) return true;
  return limits.idleSeconds !== null && nowSeconds - token.seenAt > limits.idleSeconds;
}

export const nowInSeconds = () => Math.floor(Date.now() / 1000);
