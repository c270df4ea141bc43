/**
 * Applies db/migrations (made by `drizzle-kit generate`) with drizzle-orm's migrator, which,
 * unlike `drizzle-kit migrate`, lets us show the SQL error that stopped a migration.
 *
 *   npm run db:migrate   # DATABASE_URL, or the private server's `miwell` database
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/mysql2";
import { migrate } from "drizzle-orm/mysql2/migrator";
import mysql from "mysql2/promise";
import { PROJECT_ROOT } from "./paths";
import { exitWithError, SetupError } from "./setup-error";

export const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, "db", "migrations");

/** Applies every pending migration to the database at `url`; throws a SetupError naming the SQL error. */
export async function migrateDatabase(url: string): Promise<void> {
  if (!fs.existsSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"))) {
    throw new SetupError("No migrations in db/migrations: run `npm run db:generate` first.");
  }
  const connection = await mysql.createConnection({ uri: url });
  try {
    await migrate(drizzle(connection), { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    throw new SetupError(`Migration failed: ${describeSqlError(error)}`);
  } finally {
    await connection.end();
  }
}

type SqlErrorFields = { sqlMessage?: string; code?: string; errno?: number; sql?: string; query?: string };

/** drizzle wraps the driver's error ("Failed query: …"); the useful part is the cause's sqlMessage. */
export function describeSqlError(error: unknown): string {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 5; current = (current as { cause?: unknown }).cause) {
    chain.push(current);
  }
  const sqlError = chain.find((e) => typeof (e as SqlErrorFields).sqlMessage === "string") as
    | SqlErrorFields
    | undefined;
  const query = chain.map((e) => (e as SqlErrorFields).query ?? (e as SqlErrorFields).sql).find(Boolean);
  if (!sqlError) return error instanceof Error ? error.message : String(error);
  const statement = query ? `\n  in: ${query.trim().slice(0, 800)}` : "";
  return `${sqlError.sqlMessage} (${sqlError.code}, errno ${sqlError.errno})${statement}`;
}

async function main(): Promise<void> {
  // Imported here: app-database imports this module for migrateDatabase.
  const { resolveAppDatabase } = await import("./app-database");
  const database = await resolveAppDatabase();
  await database.stop();
  console.log(`MiWell: migrations applied to ${new URL(database.url).pathname.slice(1)}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(exitWithError);
}
