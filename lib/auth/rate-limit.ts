import { RateLimiterMySQL } from "rate-limiter-flexible";
import { databaseName, getPool } from "@/db/client";

// Failed sign-ins are counted in the database so every web server sees the same count.
// An account is locked after 5 failures in 15 minutes. An address gets more room, because a
// clinic or a shared house signs many people in from one address.
export const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;

type Limiters = { account: RateLimiterMySQL; address: RateLimiterMySQL; database: string };
let limiters: Limiters | undefined;

function create(keyPrefix: string, points: number): RateLimiterMySQL {
  return new RateLimiterMySQL({
    // The store speaks the callback API; mysql2's promise pool wraps one.
    storeClient: getPool().pool,
    storeType: "pool",
    dbName: databaseName(),
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
  });
}

function get(): Limiters {
  const database = databaseName();
  if (limiters?.database !== database) {
    limiters = { account: create("signin-account", ACCOUNT_FAILURES), address: create("signin-address", ADDRESS_FAILURES), database };
  }
  return limiters;
}

/** Milliseconds until sign-in may be tried again for this account or address; 0 when allowed now. */
export async function signInLockedFor(email: string, address: string): Promise<number> {
  const { account, address: byAddress } = get();
  const [a, b] = await Promise.all([account.get(email), byAddress.get(address)]);
  const waits = [
    a && a.consumedPoints >= ACCOUNT_FAILURES ? a.msBeforeNext : 0,
    b && b.consumedPoints >= ADDRESS_FAILURES ? b.msBeforeNext : 0,
  ];
  return Math.max(...waits);
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const { account, address: byAddress } = get();
  await Promise.all([account.penalty(email, 1), byAddress.penalty(address, 1)]);
}

export async function clearAccountFailures(email: string): Promise<void> {
  await get().account.delete(email);
}
