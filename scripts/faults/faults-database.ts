/**
 * A database server of the fault tests' own, with its data in .data/faults: the outage test
 * stops and starts it, which must not touch the private server other commands share.
 */
import fs from "node:fs";
import path from "node:path";
import { createDatabase } from "../database-url";
import { initialise, isInitialised } from "../data-directory";
import { migrateDatabase } from "../migrate";
import { findFreePort } from "../net";
import { DATA_DIR, serverFilesIn } from "../paths";
import { ensureServerBinary } from "../server-binary";
import { serverPid, startServer, stopServer, type RunningServer } from "../server-process";

const files = serverFilesIn(path.join(DATA_DIR, "faults"));

export type FaultsDatabase = {
  serverUrl: string;
  /** A fresh, migrated database on this server. */
  create(name: string): Promise<string>;
  /** Stops the server (gracefully, as a restart would); start() brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
};

export async function startFaultsDatabase(): Promise<FaultsDatabase> {
  const binary = ensureServerBinary();
  fs.mkdirSync(path.dirname(files.dataDir), { recursive: true, mode: 0o700 });
  // A run that was killed may have left its server holding the data directory.
  const leftover = serverPid(files);
  if (leftover) await stopServer(leftover);
  if (!isInitialised(files)) initialise(binary, files);
  const port = await findFreePort();
  let running: RunningServer | undefined = await startServer(binary, port, files);
  const serverUrl = running.url;
  return {
    serverUrl,
    async create(name) {
      const url = await createDatabase(serverUrl, name, { fresh: true });
      await migrateDatabase(url);
      return url;
    },
    async stop() {
      if (running) await stopServer(running.pid);
      running = undefined;
    },
    async start() {
      running ??= await startServer(binary, port, files);
    },
  };
}
