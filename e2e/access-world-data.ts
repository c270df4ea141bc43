// The access-control matrix's world in the shared e2e database: its own accounts and records,
// made through the app's code (lib/testing/access-world.ts), never the demo accounts.
import { buildAccessWorld, disableAccount } from "../lib/testing/access-world";
import type { AccessWorld } from "../lib/security/access-matrix/world";
import { uniqueToken } from "./fixtures";

export { disableAccount };

export async function createAccessWorld(): Promise<AccessWorld> {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set for Playwright: run the e2e tests with `npm test`.");
  return buildAccessWorld(`w${uniqueToken()}`);
}
