/** Finding the system's MariaDB/MySQL server binary, or installing mariadb-server. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { aptInstall, canAptInstall } from "./apt-install";
import { SetupError } from "./setup-error";

export const NEEDS_SERVER_MESSAGE =
  "MiWell needs a MariaDB or MySQL server: install one (sudo apt-get install mariadb-server) " +
  "or set DATABASE_URL=mysql://user:pass@host:3306/miwell";

export type Flavor = "mariadb" | "mysql";
export type ServerBinary = { path: string; flavor: Flavor; version: string };

const SERVER_NAMES = ["mariadbd", "mysqld"];
// Server binaries live in sbin, which a non-root PATH often lacks.
const EXTRA_DIRS = ["/usr/sbin", "/usr/local/sbin", "/usr/local/mysql/bin"];

/** The server binary on this machine; installs mariadb-server as root with apt-get if none. */
export function ensureServerBinary(): ServerBinary {
  const found = findServerBinary();
  if (found) return found;
  if (!canAptInstall()) throw new SetupError(NEEDS_SERVER_MESSAGE);
  aptInstall(["mariadb-server"], "no MariaDB or MySQL server was found", { startNoServices: true });
  const installed = findServerBinary();
  if (!installed) throw new SetupError(`apt-get did not install mariadb-server. ${NEEDS_SERVER_MESSAGE}`);
  return installed;
}

export function findServerBinary(): ServerBinary | undefined {
  for (const name of SERVER_NAMES) {
    const found = findExecutable(name, EXTRA_DIRS);
    if (found) return describeBinary(found);
  }
  return undefined;
}

export function findExecutable(name: string, extraDirs: string[] = []): string | undefined {
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

export function flavorName(binary: ServerBinary): string {
  return binary.flavor === "mariadb" ? "MariaDB" : "MySQL";
}

function describeBinary(binaryPath: string): ServerBinary {
  const result = spawnSync(binaryPath, ["--no-defaults", "--version"], { encoding: "utf8" });
  const version = `${result.stdout ?? ""}`.trim();
  return { path: binaryPath, flavor: /mariadb/i.test(version) ? "mariadb" : "mysql", version };
}
