/**
 * `npm start` (production build) and `npm run dev` (hot reload): database server, database,
 * migrations, demo data on an empty database, then Next. Ctrl-C stops Next, then the database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import { resolveAppDatabase } from "./app-database";
import { PROJECT_ROOT, SetupError } from "./private-db";

const DATA_DIR = path.join(PROJECT_ROOT, ".data");
const DEMO_ACCOUNTS_FILE = path.join(DATA_DIR, "demo-accounts.txt");
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", ".bin", "next");
// A change to any of these makes the production build stale.
const BUILD_INPUT_DIRS = ["app", "components", "lib", "db", "public"];
const BUILD_INPUT_FILES = [
  "next.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "proxy.ts",
  "instrumentation.ts",
];

// DATABASE_URL is overwritten with the app database once prepared, so keep the user's own.
const ORIGINAL_DATABASE_URL = process.env.DATABASE_URL;

let child: ChildProcess | undefined;
let stopRequested = false;

async function main(): Promise<number> {
  const dev = process.argv.includes("--dev");
  const port = process.env.PORT ?? "3000";
  handleStopSignals();
  ensureAuthEnvironment();

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
    const exitCode = await runNext(dev ? ["dev", "-p", port] : ["start", "-p", port], () =>
      printBanner(port, accounts),
    );
    return stopRequested ? 0 : exitCode;
  } finally {
    await database.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Environment and database

/** next-auth refuses to run under `next start` without these; the secret survives restarts. */
function ensureAuthEnvironment(): void {
  process.env.AUTH_TRUST_HOST ??= "true";
  if (process.env.AUTH_SECRET) return;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

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
  const lines = await seedDemoData(databaseUrl);
  if (!isExternalDatabase()) fs.writeFileSync(DEMO_ACCOUNTS_FILE, `${lines.join("\n")}\n`, { mode: 0o600 });
  return lines;
}

function isExternalDatabase(): boolean {
  return Boolean(ORIGINAL_DATABASE_URL);
}

async function hasNoUsers(databaseUrl: string): Promise<boolean> {
  const connection = await mysql.createConnection({ uri: databaseUrl });
  try {
    const [rows] = await connection.query("SELECT 1 FROM users LIMIT 1");
    return (rows as unknown[]).length === 0;
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

function buildIsStale(): boolean {
  const buildId = path.join(PROJECT_ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const inputs = [
    ...BUILD_INPUT_DIRS.flatMap((dir) => listFiles(path.join(PROJECT_ROOT, dir))),
    ...BUILD_INPUT_FILES.map((file) => path.join(PROJECT_ROOT, file)).filter((file) => fs.existsSync(file)),
  ];
  return inputs.some((file) => fs.statSync(file).mtimeMs > builtAt);
}

/** Files and directories under `dir` (a directory's mtime records deletions and renames). */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return [dir, ...fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : listFiles(full);
    // Tests are not part of the app.
    return entry.isFile() && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  })];
}

/** Runs `next <args>` with inherited stdio; resolves with its exit code. */
function runNext(args: string[], onListening?: () => void): Promise<number> {
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
    if (onListening) void whenListening(Number(args[args.indexOf("-p") + 1])).then((up) => up && onListening());
  });
}

/** Polls the port until Next accepts connections (false if Next exits first). */
async function whenListening(port: number): Promise<boolean> {
  while (child) {
    if (await portAnswers(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => (socket.destroy(), resolve(false)));
  });
}

function printBanner(port: string, accounts: string[]): void {
  const lines = ["", `  MiWell is running at http://localhost:${port}`];
  if (accounts.length > 0) lines.push("", ...accounts.map((line) => `  ${line}`));
  lines.push("", "  Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}

/**
 * The terminal sends Ctrl-C to Next as well; either way Next is told to stop and main() waits
 * for it, then stops the database. A second Ctrl-C kills Next outright.
 */
function handleStopSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopRequested) {
        child?.kill("SIGKILL");
        return;
      }
      stopRequested = true;
      console.log("\nMiWell: stopping…");
      child?.kill(signal);
    });
  }
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return os.constants.signals[signal];
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof SetupError ? error.message : error);
    process.exit(1);
  });
