/** The private server's process: started from a binary on a port, found running, stopped. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import mysql from "mysql2/promise";
import { portAnswers } from "./net";
import { serverFiles } from "./paths";
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
  return { pid, port, url: serverUrl(port, readPassword()) };
}

export async function startServer(binary: ServerBinary, port: number): Promise<RunningServer> {
  if (await portAnswers(port)) {
    throw new SetupError(
      `Port ${port} is already used by another program: set MIWELL_DB_PORT to a free port, ` +
        "or DATABASE_URL to use your own server.",
    );
  }
  const password = readPassword() ?? createPassword();
  writePrivateFile(serverFiles.initSql, grantSql(password));

  const logStart = fileSize(serverFiles.errorLog);
  // Detached (its own session): a Ctrl-C or a closed terminal reaches Next and the tests, not
  // the server, which the last process using it stops once they are done.
  const child = spawn(binary.path, serverArgs(binary, port), { detached: true, stdio: "ignore" });
  child.unref();
  const url = serverUrl(port, password);
  try {
    await waitUntilReady(child, url);
  } catch (error) {
    if (child.pid) await stopServer(child.pid);
    const log = fs.existsSync(serverFiles.errorLog) ? readFrom(serverFiles.errorLog, logStart) : "";
    throw new SetupError(
      `The private database server did not start (${(error as Error).message}).` +
        (log ? `\nLast lines of .data/mysql.err:\n${lastLines(log, 25)}` : ""),
    );
  }
  fs.writeFileSync(serverFiles.port, `${port}\n`);
  console.log(`MiWell: started a private ${flavorName(binary)} on 127.0.0.1:${port} (data in .data/mysql)`);
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

/** The pid of the server running from .data/mysql, answering or not (a hung one is stopped too). */
export function serverPid(): number | undefined {
  const pid = readNumber(serverFiles.pid);
  return pid && isOurServer(pid) ? pid : undefined;
}

/**
 * A pid from .data/mysql.pid may have been reused by an unrelated process since: only one whose
 * command line names our data directory is signalled. Without /proc, trust the pid file.
 */
function isOurServer(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const commandLine = commandLineOf(pid);
  return !commandLine || commandLine.includes(`--datadir=${serverFiles.dataDir}`);
}

function serverArgs(binary: ServerBinary, port: number): string[] {
  const args = [
    "--no-defaults",
    `--datadir=${serverFiles.dataDir}`,
    `--port=${port}`,
    "--bind-address=127.0.0.1",
    `--socket=${serverFiles.socket}`,
    `--pid-file=${serverFiles.pid}`,
    `--log-error=${serverFiles.errorLog}`,
    `--init-file=${serverFiles.initSql}`,
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

function serverUrl(port: number, password: string | undefined): string {
  return `mysql://${DB_USER}:${encodeURIComponent(password ?? "")}@127.0.0.1:${port}`;
}

function readPassword(): string | undefined {
  if (!fs.existsSync(serverFiles.password)) return undefined;
  return fs.readFileSync(serverFiles.password, "utf8").trim() || undefined;
}

function createPassword(): string {
  // Hex keeps it safe inside both a URL and a SQL string literal.
  const password = randomBytes(18).toString("hex");
  writePrivateFile(serverFiles.password, `${password}\n`);
  return password;
}

function writePrivateFile(file: string, content: string): void {
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
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
