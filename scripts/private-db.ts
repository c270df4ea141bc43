/**
 * A private MariaDB/MySQL server for development and tests, run from the system's server binary
 * with its data under `.data/`. With DATABASE_URL set, that server is used and nothing starts.
 * Every process using the private server holds a lease on it; the last one out stops it.
 *
 *   tsx scripts/private-db.ts status | url | stop [--force]
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { initialise, isInitialised } from "./data-directory";
import { withoutDatabase } from "./database-url";
import { describeHolders, otherLeaseHolders, releaseLease, takeLease } from "./leases";
import { parsePort } from "./net";
import { DATA_DIR } from "./paths";
import { ensureServerBinary } from "./server-binary";
import { acquireServerLock } from "./server-lock";
import { findRunningServer, serverPid, startServer, stopServer, type RunningServer } from "./server-process";
import { exitWithError, SetupError } from "./setup-error";

export { PROJECT_ROOT } from "./paths";
export { NEEDS_SERVER_MESSAGE } from "./server-binary";
export { SetupError } from "./setup-error";

export type DatabaseServer = {
  /** mysql://user:password@host:port, without a database. */
  serverUrl: string;
  /** Ends this use of the server: the private server stops if no other process uses it. */
  stop(): Promise<void>;
  /** True when this call started the server. */
  started: boolean;
};

const DEFAULT_PORT = "3406";

export async function ensureDatabaseServer(): Promise<DatabaseServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { serverUrl: withoutDatabase(external), stop: async () => {}, started: false };

  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  // Found, or installed (minutes), before taking the lock that other processes wait on.
  const binary = (await findRunningServer()) ? undefined : ensureServerBinary();
  const unlock = await acquireServerLock();
  try {
    const firstUse = takeLease();
    try {
      const running = await findRunningServer();
      if (running) {
        if (firstUse && otherLeaseHolders().length === 0) {
          console.log(
            `MiWell: the private database on 127.0.0.1:${running.port} was left running with no one ` +
              "using it; this run stops it when done.",
          );
        }
        return leased(running, false);
      }
      const port = parsePort(process.env.MIWELL_DB_PORT ?? DEFAULT_PORT, "MIWELL_DB_PORT");
      const serverBinary = binary ?? ensureServerBinary();
      if (!isInitialised()) initialise(serverBinary);
      return leased(await startServer(serverBinary, port), true);
    } catch (error) {
      releaseLease();
      throw error;
    }
  } finally {
    unlock();
  }
}

function leased(server: RunningServer, started: boolean): DatabaseServer {
  let stopped = false;
  return {
    serverUrl: server.url,
    started,
    async stop() {
      if (stopped) return;
      stopped = true;
      await releaseServer(started);
    },
  };
}

/** Gives up this process's lease and, if it was the last live one, stops the server. */
async function releaseServer(started: boolean): Promise<void> {
  const unlock = await acquireServerLock();
  try {
    if (!releaseLease()) return;
    const others = otherLeaseHolders();
    if (others.length > 0) {
      // Only news to whoever started it, who would expect it to stop now.
      if (started) console.log(`MiWell: the private database keeps running for ${describeHolders(others)}.`);
      return;
    }
    const pid = serverPid();
    if (!pid) return;
    await stopServer(pid);
    if (!started) console.log("MiWell: stopped the private database (no other process uses it).");
  } finally {
    unlock();
  }
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main(command: string | undefined, options: string[]): Promise<void> {
  if (command === "stop") {
    await stopCommand(options.includes("--force"));
  } else if (command === "status") {
    const running = await findRunningServer();
    if (!running) {
      console.log("MiWell: no private database running.");
      return;
    }
    const users = otherLeaseHolders();
    console.log(
      `MiWell: private database running on 127.0.0.1:${running.port} (pid ${running.pid}), ` +
        (users.length > 0 ? `used by ${describeHolders(users)}` : "used by no MiWell process"),
    );
  } else if (command === "url") {
    const running = await findRunningServer();
    if (!running) throw new SetupError("MiWell: no private database running (start one with `npm start`).");
    console.log(running.url);
  } else {
    throw new SetupError("usage: tsx scripts/private-db.ts status | url | stop [--force]");
  }
}

async function stopCommand(force: boolean): Promise<void> {
  const unlock = await acquireServerLock();
  try {
    const pid = serverPid();
    if (!pid) {
      console.log("MiWell: no private database running.");
      return;
    }
    const users = otherLeaseHolders();
    if (users.length > 0 && !force) {
      throw new SetupError(
        `MiWell: the private database is in use by ${describeHolders(users)}; stop that first, ` +
          "or stop the database anyway with `tsx scripts/private-db.ts stop --force`.",
      );
    }
    await stopServer(pid);
    console.log("MiWell: private database stopped.");
  } finally {
    unlock();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2], process.argv.slice(3)).catch(exitWithError);
}
