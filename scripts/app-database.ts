import { createDatabase, databaseNameOf } from "./database-url";
import { migrateDatabase } from "./migrate";
import { ensureDatabaseServer } from "./private-db";

export type AppDatabase = { url: string; stop(): Promise<void> };

/**
 * The app's own database, created and migrated: DATABASE_URL's, or `miwell` on the private
 * server (started if need be). stop() ends this use: the private server stops once no process
 * uses it any more.
 */
export async function resolveAppDatabase(): Promise<AppDatabase> {
  const server = await ensureDatabaseServer();
  try {
    const external = process.env.DATABASE_URL;
    const url = await createDatabase(server.serverUrl, (external && databaseNameOf(external)) || "miwell");
    await migrateDatabase(url);
    return { url, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
