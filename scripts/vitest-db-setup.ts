/**
 * Runs in each test file before it is imported: gives the file a fresh, migrated database of
 * its own worker (`<run prefix><pool id>`), so files never see each other's rows.
 * db/client.ts reads DATABASE_URL at first use, so setting it here is early enough.
 */
import { afterAll, inject } from "vitest";
import { createDatabase } from "./database-url";
import { migrateDatabase } from "./migrate";

const databaseName = `${inject("testDatabasePrefix")}${process.env.VITEST_POOL_ID ?? "1"}`;
const databaseUrl = await createDatabase(inject("dbServerUrl"), databaseName, { fresh: true });
await migrateDatabase(databaseUrl);
process.env.DATABASE_URL = databaseUrl;

afterAll(async () => {
  // The pool lives on globalThis; closing it keeps the next file (same worker) from reusing
  // connections into the database this file is about to drop and recreate.
  if ((globalThis as { miwellDb?: unknown }).miwellDb) {
    const { closeDb } = await import("../db/client");
    await closeDb();
  }
});
