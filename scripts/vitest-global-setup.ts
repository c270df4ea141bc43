/**
 * Vitest global setup: one database server for the whole run (the one `npm test` already
 * started, DATABASE_URL's, or a private one started here and stopped at teardown).
 */
import type { TestProject } from "vitest/node";
import { ensureDatabaseServer } from "./private-db";

declare module "vitest" {
  export interface ProvidedContext {
    dbServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await ensureDatabaseServer();
  project.provide("dbServerUrl", server.serverUrl);
  return () => server.stop();
}
