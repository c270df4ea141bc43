import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default) at OWASP's recommended cost: 19 MiB, 2 passes, 1 lane.
const COST = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a crash.
    return false;
  }
}

// Verifying against this when no account matches keeps a wrong email as slow as a wrong
// password, so response times do not reveal who has an account.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("miwell-decoy-password-for-timing");
  return decoy;
}
