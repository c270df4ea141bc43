import { createHash } from "node:crypto";
import { RateLimiterMySQL, RateLimiterRes } from "rate-limiter-flexible";
import { databaseName, getPool } from "@/db/client";

// Sign-in attempts are counted in the database so every web server sees the same count, and
// each attempt is counted before its password is checked, so a burst of parallel guesses
// cannot all slip in ahead of the count. An account gets 5 attempts in 15 minutes; the 6th is
// refused, even with the right password, and the account stays locked for 15 minutes from then.
// An address gets more room, because a clinic or a shared house signs many people in from one.
export const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_ATTEMPTS = 5;
export const ADDRESS_ATTEMPTS = 20;
const ACCOUNT_PREFIX = "signin-account";

/**
 * A counter kept in the database's `rate_limits` table: `points` uses per `seconds`, then
 * refusals for `seconds` more. One per database, so tests on fresh databases get fresh ones.
 */
export function storeLimiter(keyPrefix: string, points: number, seconds: number): RateLimiterMySQL {
  return new RateLimiterMySQL({
    // The store speaks the callback API; mysql2's promise pool wraps one.
    storeClient: getPool().pool,
    storeType: "pool",
    dbName: databaseName(),
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix,
    points,
    duration: seconds,
    blockDuration: seconds,
  });
}

/** One instance per database (tests run on fresh databases), made on first use. */
export function perDatabase<T>(make: () => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const database = databaseName();
    if (!made.has(database)) made.set(database, make());
    return made.get(database)!;
  };
}

const signInLimiters = perDatabase(() => ({
  account: storeLimiter(ACCOUNT_PREFIX, ACCOUNT_ATTEMPTS, WINDOW_SECONDS),
  address: storeLimiter("signin-address", ADDRESS_ATTEMPTS, WINDOW_SECONDS),
}));

/** Milliseconds to wait when any of these uses is over its limit, 0 when all may go ahead. */
export async function consumeAll(uses: [RateLimiterMySQL, string][]): Promise<number> {
  const outcomes = await Promise.allSettled(uses.map(([limiter, value]) => limiter.consume(limitKey(value))));
  let waitMs = 0;
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled") continue;
    // The store rejects with the limiter's answer when over the limit, or with a real error.
    if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
    waitMs = Math.max(waitMs, outcome.reason.msBeforeNext, 1);
  }
  return waitMs;
}

// Keys stay short (the column holds 255 characters) and the table holds no email addresses.
const limitKey = (value: string) => createHash("sha256").update(value).digest("hex");

/** The `rate_limits` row that counts sign-in attempts for this email, as the store names it. */
export function accountLimitRowKey(emailKey: string): string {
  return `${ACCOUNT_PREFIX}:${limitKey(emailKey)}`;
}

/**
 * Counts one sign-in attempt for the account and the address. Resolves to 0 when the attempt
 * may go ahead, or to the milliseconds until sign-in may be tried again.
 */
export async function takeSignInAttempt(email: string, address: string): Promise<number> {
  const { account, address: byAddress } = signInLimiters();
  return consumeAll([
    [account, email],
    [byAddress, address],
  ]);
}

/** After a successful sign-in: the account starts afresh and the attempt does not count against the address. */
export async function signInSucceeded(email: string, address: string): Promise<void> {
  const { account, address: byAddress } = signInLimiters();
  await Promise.all([account.delete(limitKey(email)), byAddress.reward(limitKey(address), 1)]);
}
