/**
 * A private MariaDB/MySQL server for development and tests, run from the system's server binary
 * with its data under `.data/`. With DATABASE_URL set, that server is used and nothing starts.
 *
 *   tsx scripts/private-db.ts status | stop | url
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import mysql from "mysql2/promise";
import { withoutDatabase } from "./database-url";

export type DatabaseServer = {
  /** mysql://user:password@host:port, without a database. */
  serverUrl: string;
  /** Stops the server if this call started it; otherwise does nothing. */
  stop(): Promise<void>;
  /** True when this process started the server (and so owns stopping it). */
  started: boolean;
};

/** A problem the user can fix: scripts print its message alone, without a stack trace. */
export class SetupError extends Error {}

export const NEEDS_SERVER_MESSAGE =
  "MiWell needs a MariaDB or MySQL server: install one (sudo apt-get install mariadb-server) " +
  "or set DATABASE_URL=mysql://user:pass@host:3306/miwell";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATA_DIR = path.join(PROJECT_ROOT, ".data");
const DB_USER = "miwell";
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

const files = {
  dataDir: path.join(DATA_DIR, "mysql"),
  pid: path.join(DATA_DIR, "mysql.pid"),
  startLock: path.join(DATA_DIR, "mysql.starting"),
  port: path.join(DATA_DIR, "mysql.port"),
  errorLog: path.join(DATA_DIR, "mysql.err"),
  initSql: path.join(DATA_DIR, "mysql-init.sql"),
  password: path.join(DATA_DIR, "db-password"),
  socket: socketPath(),
};

type Flavor = "mariadb" | "mysql";
type ServerBinary = { path: string; flavor: Flavor; version: string };

export async function ensureDatabaseServer(): Promise<DatabaseServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { serverUrl: withoutDatabase(external), stop: async () => {}, started: false };

  const running = await findRunningServer();
  if (running) return running;

  const binary = findServerBinary() ?? installServer();
  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  // `npm start` and `npm test` may both get here at once: one starts, the other reuses.
  const releaseLock = await acquireStartLock();
  try {
    const startedMeanwhile = await findRunningServer();
    if (startedMeanwhile) return startedMeanwhile;
    if (!isInitialised()) initialise(binary);
    return await startServer(binary);
  } finally {
    releaseLock();
  }
}

/** An exclusive lock file holding our pid; a lock left by a dead process is taken over. */
async function acquireStartLock(): Promise<() => void> {
  const deadline = Date.now() + 2 * READY_TIMEOUT_MS;
  for (;;) {
    try {
      fs.writeFileSync(files.startLock, `${process.pid}\n`, { flag: "wx" });
      return () => fs.rmSync(files.startLock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readNumber(files.startLock);
    // An empty file may be a lock whose holder has not written its pid yet.
    const abandoned = holder ? !isAlive(holder) : Date.now() - modifiedAt(files.startLock) > 5000;
    if (abandoned) {
      fs.rmSync(files.startLock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new SetupError(
        `Process ${holder ?? "?"} has been starting the private database for too long; ` +
          "stop it, or delete .data/mysql.starting if it no longer runs.",
      );
    }
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------
// Reusing a server that is already running from .data

async function findRunningServer(): Promise<DatabaseServer | undefined> {
  const pid = readNumber(files.pid);
  const port = readNumber(files.port);
  if (!pid || !port || !isAlive(pid) || !(await portAnswers(port))) return undefined;
  return { serverUrl: serverUrl(port, readPassword()), stop: async () => {}, started: false };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

// ---------------------------------------------------------------------------------------------
// Finding (or installing) the server binary

const SERVER_NAMES = ["mariadbd", "mysqld"];
const EXTRA_DIRS = ["/usr/sbin", "/usr/local/sbin", "/usr/local/mysql/bin"];

function findServerBinary(): ServerBinary | undefined {
  for (const name of SERVER_NAMES) {
    const found = findExecutable(name, EXTRA_DIRS);
    if (found) return describeBinary(found);
  }
  return undefined;
}

function findExecutable(name: string, extraDirs: string[] = []): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean), ...extraDirs];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

function describeBinary(binaryPath: string): ServerBinary {
  const result = spawnSync(binaryPath, ["--no-defaults", "--version"], { encoding: "utf8" });
  const version = `${result.stdout ?? ""}`.trim();
  return { path: binaryPath, flavor: /mariadb/i.test(version) ? "mariadb" : "mysql", version };
}

function installServer(): ServerBinary {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !findExecutable("apt-get")) throw new SetupError(NEEDS_SERVER_MESSAGE);
  console.log("MiWell: no MariaDB/MySQL server found; installing mariadb-server with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  const install =
    update.status === 0
      ? spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "mariadb-server"], {
          stdio: "inherit",
          env,
        })
      : update;
  const binary = install.status === 0 ? findServerBinary() : undefined;
  if (!binary) throw new SetupError(`apt-get could not install mariadb-server. ${NEEDS_SERVER_MESSAGE}`);
  return binary;
}

// ---------------------------------------------------------------------------------------------
// First run: create the data directory

function isInitialised(): boolean {
  return fs.existsSync(path.join(files.dataDir, "mysql"));
}

function initialise(binary: ServerBinary): void {
  console.log(`MiWell: creating a private ${flavorName(binary)} data directory in .data/mysql (first run only)…`);
  // Built beside the real one and renamed at the end, so an interrupted run leaves nothing half-made.
  const staging = `${files.dataDir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const { command, args } = initialiseCommand(binary, staging);
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    const output = `${result.error?.message ?? ""}\n${result.stdout ?? ""}\n${result.stderr ?? ""}`;
    throw new SetupError(`Could not initialise the database in .data/mysql:\n${lastLines(output, 20)}`);
  }
  fs.rmSync(files.dataDir, { recursive: true, force: true });
  fs.renameSync(staging, files.dataDir);
}

function initialiseCommand(binary: ServerBinary, dataDir: string): { command: string; args: string[] } {
  const runAs = process.getuid?.() === 0 ? ["--user=root"] : [];
  if (binary.flavor === "mysql") {
    fs.mkdirSync(dataDir, { recursive: true });
    return {
      command: binary.path,
      args: ["--no-defaults", "--initialize-insecure", `--datadir=${dataDir}`, ...runAs],
    };
  }
  const binDir = path.dirname(binary.path);
  const installDb =
    findExecutable("mariadb-install-db", [path.join(binDir, "../bin"), path.join(binDir, "../scripts")]) ??
    findExecutable("mysql_install_db", [path.join(binDir, "../bin"), path.join(binDir, "../scripts")]);
  if (!installDb) throw new SetupError(`Found ${binary.path} but not mariadb-install-db to initialise it.`);
  return {
    command: installDb,
    args: ["--no-defaults", `--datadir=${dataDir}`, "--skip-test-db", "--skip-name-resolve", ...runAs],
  };
}

// ---------------------------------------------------------------------------------------------
// Starting and stopping

async function startServer(binary: ServerBinary): Promise<DatabaseServer> {
  const port = Number(process.env.MIWELL_DB_PORT ?? 3406);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new SetupError(`MIWELL_DB_PORT must be a TCP port number, not ${process.env.MIWELL_DB_PORT}`);
  }
  if (await portAnswers(port)) {
    throw new SetupError(
      `Port ${port} is already used by another program: set MIWELL_DB_PORT to a free port, ` +
        "or DATABASE_URL to use your own server.",
    );
  }
  const password = readPassword() ?? createPassword();
  writePrivateFile(files.initSql, grantSql(password));

  const logStart = fileSize(files.errorLog);
  // Detached: a Ctrl-C in the terminal must reach Next first; the database is stopped after it.
  const child = spawn(binary.path, serverArgs(binary, port), { detached: true, stdio: "ignore" });
  child.unref();
  const url = serverUrl(port, password);
  try {
    await waitUntilReady(child, url);
  } catch (error) {
    await stopChild(child);
    const log = fs.existsSync(files.errorLog) ? readFrom(files.errorLog, logStart) : "";
    throw new SetupError(
      `The private database server did not start (${(error as Error).message}).` +
        (log ? `\nLast lines of .data/mysql.err:\n${lastLines(log, 25)}` : ""),
    );
  }
  fs.writeFileSync(files.port, `${port}\n`);
  console.log(`MiWell: started a private ${flavorName(binary)} on 127.0.0.1:${port} (data in .data/mysql)`);
  return { serverUrl: url, stop: () => stopChild(child), started: true };
}

function serverArgs(binary: ServerBinary, port: number): string[] {
  const args = [
    "--no-defaults",
    `--datadir=${files.dataDir}`,
    `--port=${port}`,
    "--bind-address=127.0.0.1",
    `--socket=${files.socket}`,
    `--pid-file=${files.pid}`,
    `--log-error=${files.errorLog}`,
    `--init-file=${files.initSql}`,
    "--skip-name-resolve",
    "--skip-log-bin",
    // Keeps readiness probes ("aborted connection") out of the log shown when a start fails.
    "--loose-log-warnings=1",
    "--performance-schema=OFF",
    // Sized for a laptop or CI, and durable only against a crash of the server, not of the
    // machine: no fsync, and tables in one shared file, make each test file's fresh database
    // (drop, create, migrate) about five times faster. `loose-`: a server without one just warns.
    "--innodb-buffer-pool-size=128M",
    "--innodb-flush-log-at-trx-commit=2",
    "--loose-innodb-doublewrite=OFF",
    "--loose-innodb-flush-method=nosync",
    "--loose-innodb-file-per-table=OFF",
    "--character-set-server=utf8mb4",
    "--collation-server=utf8mb4_unicode_ci",
    "--default-time-zone=+00:00",
    "--max-connections=500",
  ];
  if (process.getuid?.() === 0) args.push("--user=root");
  // MySQL 8 also opens an X Protocol port (33060) that could clash with a system server.
  if (binary.flavor === "mysql") args.push("--mysqlx=OFF");
  return args;
}

/**
 * Run by the server at every start (--init-file), before it accepts connections: the `miwell`
 * user gets the password in .data/db-password, so TCP login works from the first start and
 * a lost password file heals itself. One statement per line, as older servers require.
 */
function grantSql(password: string): string {
  return ["127.0.0.1", "localhost"]
    .flatMap((host) => {
      const account = `'${DB_USER}'@'${host}'`;
      return [
        `CREATE USER IF NOT EXISTS ${account} IDENTIFIED BY '${password}';`,
        `ALTER USER ${account} IDENTIFIED BY '${password}';`,
        `GRANT ALL PRIVILEGES ON *.* TO ${account} WITH GRANT OPTION;`,
      ];
    })
    .join("\n")
    .concat("\n");
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  let exited = false;
  child.once("exit", () => (exited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (exited) throw new Error("the server exited");
    try {
      const connection = await mysql.createConnection({ uri: url, connectTimeout: 2000 });
      await connection.end();
      return;
    } catch (error) {
      lastError = error;
      await sleep(50);
    }
  }
  throw new Error(`not ready after ${READY_TIMEOUT_MS / 1000}s: ${(lastError as Error)?.message}`);
}

/** SIGTERM is the server's graceful shutdown; SIGKILL only if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  // The timer also keeps the event loop alive: the child itself is unref'd.
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS)));
  const hung = await Promise.race([exited.then(() => false), timedOut]);
  clearTimeout(timer);
  if (hung) {
    child.kill("SIGKILL");
    await exited;
  }
}

/** Stops a server from .data that another process started (for `tsx scripts/private-db.ts stop`). */
async function stopRunningServer(): Promise<boolean> {
  const pid = readNumber(files.pid);
  if (!pid || !isAlive(pid)) return false;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function serverUrl(port: number, password: string | undefined): string {
  return `mysql://${DB_USER}:${encodeURIComponent(password ?? "")}@127.0.0.1:${port}`;
}

function readPassword(): string | undefined {
  return fs.existsSync(files.password) ? fs.readFileSync(files.password, "utf8").trim() || undefined : undefined;
}

function createPassword(): string {
  // Hex keeps it safe inside both a URL and a SQL string literal.
  const password = randomBytes(18).toString("hex");
  writePrivateFile(files.password, `${password}\n`);
  return password;
}

function writePrivateFile(file: string, content: string): void {
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

/** Unix sockets paths are limited to ~107 bytes: a deep checkout gets one in the temp dir. */
function socketPath(): string {
  const inData = path.join(DATA_DIR, "mysql.sock");
  if (inData.length < 100) return inData;
  const hash = createHash("sha256").update(DATA_DIR).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `miwell-${hash}.sock`);
}

function flavorName(binary: ServerBinary): string {
  return binary.flavor === "mariadb" ? "MariaDB" : "MySQL";
}

function readNumber(file: string): number | undefined {
  try {
    const value = Number(fs.readFileSync(file, "utf8").trim());
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

function modifiedAt(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function readFrom(file: string, offset: number): string {
  const content = fs.readFileSync(file);
  return content.subarray(Math.min(offset, content.length)).toString("utf8");
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main(command: string | undefined): Promise<void> {
  if (command === "stop") {
    console.log((await stopRunningServer()) ? "MiWell: private database stopped." : "MiWell: no private database running.");
  } else if (command === "status") {
    const running = await findRunningServer();
    console.log(running ? `MiWell: private database running on ${new URL(running.serverUrl).host}` : "MiWell: no private database running.");
  } else if (command === "url") {
    const running = await findRunningServer();
    if (!running) throw new SetupError("MiWell: no private database running (start one with `npm start`).");
    console.log(running.serverUrl);
  } else {
    throw new SetupError("usage: tsx scripts/private-db.ts status | stop | url");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).catch((error: unknown) => {
    console.error(error instanceof SetupError ? error.message : error);
    process.exit(1);
  });
}
