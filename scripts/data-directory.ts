/** The private server's data directory, .data/mysql, created on the first run. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, serverFiles, type ServerFiles } from "./paths";
import { findExecutable, flavorName, type ServerBinary } from "./server-binary";
import { lastLines, SetupError } from "./setup-error";

export function isInitialised(files: ServerFiles = serverFiles): boolean {
  return fs.existsSync(path.join(files.dataDir, "mysql"));
}

export function initialise(binary: ServerBinary, files: ServerFiles = serverFiles): void {
  const where = path.relative(PROJECT_ROOT, files.dataDir);
  console.log(`MiWell: creating a private ${flavorName(binary)} data directory in ${where} (first run only)…`);
  // Built beside the real one and renamed at the end, so an interrupted run leaves nothing half-made.
  const staging = `${files.dataDir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const { command, args } = initialiseCommand(binary, staging);
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    const output = `${result.error?.message ?? ""}\n${result.stdout ?? ""}\n${result.stderr ?? ""}`;
    throw new SetupError(`Could not initialise the database in ${where}:\n${lastLines(output, 20)}`);
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
