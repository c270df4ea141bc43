/**
 * Vitest global setup: one database server for the whole run (DATABASE_URL's, or the private
 * one: already running, e.g. for `npm test`, or started here). Each run names its databases
 * with a run id of its own, so two runs on one server never drop each other's databases; the
 * teardown drops this run's databases, then ends this run's use of the server (the private
 * server stops then unless another process still uses it).
 */
import { randomBytes } from "node:crypto";
import mysql from "mysql2/promise";
import type { TestProject } from "vitest/node";
import { ensureDatabaseServer } from "./private-db";

declare module "vitest" {
  export interface ProvidedContext {
    dbServerUrl: string;
    testDatabasePrefix: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await ensureDatabaseServer();
  const prefix = `miwell_test_${randomBytes(4).toString("hex")}_`;
  project.provide("dbServerUrl", server.serverUrl);
  project.provide("testDatabasePrefix", prefix);
  return async () => {
    await dropDatabases(server.serverUrl, prefix);
    await server.stop();
  };
}

async function dropDatabases(serverUrl: string, prefix: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: serverUrl });
  try {
    const [rows] = await connection.query("SHOW DATABASES LIKE ?", [`${prefix}%`]);
    for (const row of rows as Record<string, string>[]) {
      await connection.query(`DROP DATABASE IF EXISTS \`${Object.values(row)[0]}\``);
    }
  } finally {
    await connection.end();
  }
}
