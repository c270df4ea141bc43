/** The private server's process: started from a binary on a port, found running, stopped. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import mysql from "mysql2/promise";
import { portAnswers } from "./net";
import path from "node:path";
import { PROJECT_ROOT, serverFiles, type ServerFiles } from "./paths";
import { commandLineOf, isAlive, readNumber, sleep } from "./processes";
import { flavorName, type ServerBinary } from "./server-binary";
import { lastLines, SetupError } from "./setup-error";

export type RunningServer = { pid: number; port: number; url: string };

const DB_USER = "miwell";
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/** The server running from .data/mysql, if it answers on its port. */
export async function findRunningServer(): Promise<RunningServer | undefined> {
  const pid = serverPid();
  const port = readNumber(serverFiles.port);
  if (!pid || !port || !(await portAnswers(port))) return undefined;
  return { pid, port, url: serverUrl(port, readPassword(serverFiles)) };
}

/** Starts a server on `port` with its state in `files` (the private server's unless given). */
export async function startServer(binary: ServerBinary, port: number, files: ServerFiles = serverFiles): Promise<RunningServer> {
  if (await portAnswers(port)) {
    throw new SetupError(
      `Port ${port} is already used by another program: set MIWELL_DB_PORT to a free port, ` +
        "or DATABASE_URL to use your own server.",
    );
  }
  const password = readPassword(files) ?? createPassword(files);
  writePrivateFile(files.initSql, grantSql(password));

  const logStart = fileSize(files.errorLog);
  // Detached (its own session): a Ctrl-C or a closed terminal reaches Next and the tests, not
  // the server, which the last process using it stops once they are done.
  const child = spawn(binary.path, serverArgs(binary, port, files), { detached: true, stdio: "ignore" });
  child.unref();
  const url = serverUrl(port, password);
  try {
    await waitUntilReady(child, url);
  } catch (error) {
    if (child.pid) await stopServer(child.pid);
    const log = fs.existsSync(files.errorLog) ? readFrom(files.errorLog, logStart) : "";
    throw new SetupError(
      `The private database server did not start (${(error as Error).message}).` +
        (log ? `\nLast lines of ${fromRoot(files.errorLog)}:\n${lastLines(log, 25)}` : ""),
    );
  }
  fs.writeFileSync(files.port, `${port}\n`);
  console.log(`MiWell: started a private ${flavorName(binary)} on 127.0.0.1:${port} (data in ${fromRoot(files.dataDir)})`);
  return { pid: child.pid!, port, url };
}

/** SIGTERM is the server's graceful shutdown; SIGKILL only if it hangs. */
export async function stopServer(pid: number): Promise<void> {
  if (!signal(pid, "SIGTERM") || (await exitsWithin(pid, STOP_TIMEOUT_MS))) return;
  if (signal(pid, "SIGKILL")) await exitsWithin(pid, 5000);
}

/** False when the process is already gone. */
function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}

async function exitsWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/** The pid of the server running from `files` (.data/mysql by default), answering or not (a hung one is stopped too). */
export function serverPid(files: ServerFiles = serverFiles): number | undefined {
  const pid = readNumber(files.pid);
  return pid && isOurServer(pid, files) ? pid : undefined;
}

/**
 * A pid from .data/mysql.pid may have been reused by an unrelated process since: only one whose
 * command line names our data directory is signalled. Without /proc, trust the pid file.
 */
function isOurServer(pid: number, files: ServerFiles): boolean {
  if (!isAlive(pid)) return false;
  const commandLine = commandLineOf(pid);
  return !commandLine || commandLine.includes(`--datadir=${files.dataDir}`);
}

function serverArgs(binary: ServerBinary, port: number, files: ServerFiles): string[] {
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
    // Durable only against a crash of the server, not of the machine: no fsync, and tables in
    // one shared file, make each test file's fresh database (drop, create, migrate) about five
    // times faster. `loose-`: a server without one just warns. The buffer pool holds the scale
    // database (`npm run seed:scale`, about 650 MB) as a real server's would, so the benchmark
    // measures queries rather than disk reads; memory is taken only as pages are read.
    "--innodb-buffer-pool-size=1G",
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

function serverUrl(port: number, password: string | undefined): string {
  return `mysql://${DB_USER}:${encodeURIComponent(password ?? "")}@127.0.0.1:${port}`;
}

function readPassword(files: ServerFiles): string | undefined {
  if (!fs.existsSync(files.password)) return undefined;
  return fs.readFileSync(files.password, "utf8").trim() || undefined;
}

function createPassword(files: ServerFiles): string {
  // Hex keeps it safe inside both a URL and a SQL string literal.
  const password = randomBytes(18).toString("hex");
  writePrivateFile(files.password, `${password}\n`);
  return password;
}

function writePrivateFile(file: string, content: string): void {
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

function fromRoot(file: string): string {
  return path.relative(PROJECT_ROOT, file);
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
