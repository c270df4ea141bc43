/**
 * `npm run seed:scale`: a database the size of a busy service, for finding what gets slow.
 * Makes `miwell_scale` afresh (on DATABASE_URL's server, or the private one) and prints what it
 * made and how long each step took (scripts/scale-database.ts).
 */
import { ensureDatabaseServer } from "./private-db";
import { seedScaleDatabase } from "./scale-database";
import { exitWithError } from "./setup-error";

async function main(): Promise<void> {
  const server = await ensureDatabaseServer();
  try {
    await seedScaleDatabase(server.serverUrl);
  } finally {
    await server.stop();
  }
}

main().catch(exitWithError);
