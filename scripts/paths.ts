/** Where MiWell keeps what is local to one checkout (all of it git-ignored under .data/). */
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = path.join(PROJECT_ROOT, ".data");

/** The files of a database server whose state lives in `dir`. */
export function serverFilesIn(dir: string) {
  return {
    dataDir: path.join(dir, "mysql"),
    pid: path.join(dir, "mysql.pid"),
    lock: path.join(dir, "mysql.lock"),
    port: path.join(dir, "mysql.port"),
    errorLog: path.join(dir, "mysql.err"),
    initSql: path.join(dir, "mysql-init.sql"),
    password: path.join(dir, "db-password"),
    leases: path.join(dir, "clients"),
    socket: socketPath(dir),
  };
}

export type ServerFiles = ReturnType<typeof serverFilesIn>;

/** The private database server's files. */
export const serverFiles = serverFilesIn(DATA_DIR);

/** Unix socket paths are limited to ~107 bytes: a deep checkout gets one in the temp dir. */
function socketPath(dir: string): string {
  const inData = path.join(dir, "mysql.sock");
  if (inData.length < 100) return inData;
  const hash = createHash("sha256").update(dir).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `miwell-${hash}.sock`);
}
