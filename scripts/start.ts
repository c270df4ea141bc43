/**
 * `npm start` (production build) and `npm run dev` (hot reload): database server, database,
 * migrations, demo data on an empty database, then Next. Ctrl-C (or closing the terminal) stops
 * Next, then the database unless another process, such as `npm test`, still uses it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import { emptyDatabase } from "../db/reset";
import { resolveAppDatabase } from "./app-database";
import { ensureAuthEnvironment } from "./auth-environment";
import { buildIsStale } from "./build-freshness";
import { parsePort, portIsFree } from "./net";
import { DATA_DIR, PROJECT_ROOT } from "./paths";
import { ignoreOutputErrors } from "./processes";
import { exitWithError, SetupError } from "./setup-error";

const DEMO_ACCOUNTS_FILE = path.join(DATA_DIR, "demo-accounts.txt");
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", ".bin", "next");

// DATABASE_URL is overwritten with the app database once prepared, so keep the user's own.
const ORIGINAL_DATABASE_URL = process.env.DATABASE_URL;

let child: ChildProcess | undefined;
let stopRequested = false;

async function main(): Promise<number> {
  const dev = process.argv.includes("--dev");
  const port = parsePort(process.env.PORT ?? "3000", "PORT");
  handleStopSignals();
  // Before the database and a build that take a while, so a taken port fails at once.
  await assertPortFree(port);
  ensureAuthEnvironment();
  // Links in emails lead here unless the deployment says where people reach it.
  process.env.APP_URL ??= `http://localhost:${port}`;

  const database = await resolveAppDatabase();
  try {
    const databaseUrl = database.url;
    process.env.DATABASE_URL = databaseUrl;
    const accounts = await seedIfEmpty(databaseUrl);
    if (!dev && !stopRequested && buildIsStale()) {
      console.log("MiWell: building the production app (first start or sources changed)…");
      const built = await runNext(["build"]);
      if (built !== 0) return stopRequested ? 0 : built;
    }
    if (stopRequested) return 0;
    await assertPortFree(port); // again, as the seed or the build may have taken minutes
    const exitCode = await runNext(dev ? ["dev", "-p", `${port}`] : ["start", "-p", `${port}`], {
      port,
      then: () => printBanner(port, accounts),
    });
    return stopRequested ? 0 : exitCode;
  } finally {
    await database.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Environment and database

/**
 * Demo accounts have published passwords, so they are added on their own only to the private
 * database; MIWELL_SEED_DEMO=true (or false) decides for a DATABASE_URL (or overrides).
 */
async function seedIfEmpty(databaseUrl: string): Promise<string[]> {
  const wanted = process.env.MIWELL_SEED_DEMO ? process.env.MIWELL_SEED_DEMO === "true" : !isExternalDatabase();
  if (!(await hasNoUsers(databaseUrl))) return readDemoAccounts();
  if (!wanted) {
    console.log("MiWell: the database has no users yet; set MIWELL_SEED_DEMO=true to add the demo accounts.");
    return [];
  }
  console.log("MiWell: adding demo accounts to the empty database…");
  const { seedDemoData } = await import("../db/seed");
  let lines: string[];
  try {
    lines = await seedDemoData(databaseUrl);
  } catch (error) {
    // Half the demo data would count as "not empty" and never be completed: empty it again,
    // so the next start seeds from scratch. The seed's own error is the one to report.
    await withConnection(databaseUrl, emptyDatabase).catch((cleanupError: Error) =>
      console.error(`MiWell: could not empty the database after the failed seed: ${cleanupError.message}`),
    );
    throw error;
  }
  if (!isExternalDatabase()) fs.writeFileSync(DEMO_ACCOUNTS_FILE, `${lines.join("\n")}\n`, { mode: 0o600 });
  return lines;
}

function isExternalDatabase(): boolean {
  return Boolean(ORIGINAL_DATABASE_URL);
}

async function hasNoUsers(databaseUrl: string): Promise<boolean> {
  return withConnection(databaseUrl, async (connection) => {
    const [rows] = await connection.query("SELECT 1 FROM users LIMIT 1");
    return (rows as unknown[]).length === 0;
  });
}

async function withConnection<T>(databaseUrl: string, work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection({ uri: databaseUrl });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** The lines printed when the demo data was added, so every start can show them again. */
function readDemoAccounts(): string[] {
  if (isExternalDatabase() || !fs.existsSync(DEMO_ACCOUNTS_FILE)) return [];
  return fs.readFileSync(DEMO_ACCOUNTS_FILE, "utf8").split("\n").filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Next

async function assertPortFree(port: number): Promise<void> {
  const free = await portIsFree(port).catch((error: Error) => {
    throw new SetupError(`MiWell cannot listen on PORT ${port} (${error.message}): set PORT to another port.`);
  });
  if (!free) {
    throw new SetupError(
      `PORT ${port} is already in use by another program: stop it, or set PORT to a free port (PORT=3001 npm start).`,
    );
  }
}

/** Runs `next <args>` with inherited stdio; resolves with its exit code. */
function runNext(args: string[], whenAnswering?: { port: number; then: () => void }): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(NEXT_BIN, args, { cwd: PROJECT_ROOT, stdio: "inherit", env: process.env });
    child.once("error", (error) => {
      console.error(`MiWell: could not run next: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => {
      child = undefined;
      resolve(code ?? (signal ? 128 + (signalNumber(signal) ?? 0) : 1));
    });
    if (whenAnswering) {
      void whenNextAnswers(child, whenAnswering.port).then((up) => up && whenAnswering.then());
    }
  });
}

/**
 * Polls the health route until Next itself answers with JSON: an open port alone may be Next
 * still starting up. False if Next exits (or a stop is requested) first.
 */
async function whenNextAnswers(next: ChildProcess, port: number): Promise<boolean> {
  while (child === next && !stopRequested) {
    try {
      // Long enough for `next dev` to compile the route on this first request.
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(60_000) });
      const body: unknown = await response.json();
      if (typeof body === "object" && body !== null && "status" in body) return child === next;
    } catch {
      // not listening yet, or not Next's answer
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function printBanner(port: number, accounts: string[]): void {
  const lines = ["", `  MiWell is running at http://localhost:${port}`];
  if (accounts.length > 0) lines.push("", ...accounts.map((line) => `  ${line}`));
  lines.push("", "  Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}

/**
 * The terminal sends Ctrl-C (or, when it closes, SIGHUP) to Next as well; either way Next is
 * told to stop and main() waits for it, then releases the database. A second signal kills Next
 * outright. Without the SIGHUP handler, closing the terminal would kill this process at once and
 * leave the database running.
 */
function handleStopSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (signal === "SIGHUP") ignoreOutputErrors();
      if (stopRequested) {
        child?.kill("SIGKILL");
        return;
      }
      stopRequested = true;
      console.log("\nMiWell: stopping…");
      // Next stops gracefully on SIGINT and SIGTERM; SIGHUP would only kill it.
      child?.kill(signal === "SIGHUP" ? "SIGTERM" : signal);
    });
  }
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return os.constants.signals[signal];
}

main()
  .then((code) => process.exit(code))
  .catch(exitWithError);
