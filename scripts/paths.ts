/** Where MiWell keeps what is local to one checkout (all of it git-ignored under .data/). */
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = path.join(PROJECT_ROOT, ".data");

/** The private database server's files. */
export const serverFiles = {
  dataDir: path.join(DATA_DIR, "mysql"),
  pid: path.join(DATA_DIR, "mysql.pid"),
  lock: path.join(DATA_DIR, "mysql.lock"),
  port: path.join(DATA_DIR, "mysql.port"),
  errorLog: path.join(DATA_DIR, "mysql.err"),
  initSql: path.join(DATA_DIR, "mysql-init.sql"),
  password: path.join(DATA_DIR, "db-password"),
  leases: path.join(DATA_DIR, "clients"),
  socket: socketPath(),
};

/** Unix socket paths are limited to ~107 bytes: a deep checkout gets one in the temp dir. */
function socketPath(): string {
  const inData = path.join(DATA_DIR, "mysql.sock");
  if (inData.length < 100) return inData;
  const hash = createHash("sha256").update(DATA_DIR).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `miwell-${hash}.sock`);
}
