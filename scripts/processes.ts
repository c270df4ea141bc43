import fs from "node:fs";

/**
 * True while process `pid` runs. EPERM means it exists but belongs to another user. A zombie
 * (exited, not yet reaped: an orphan under a container's init that never reaps) counts as gone.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    // "pid (comm) state …", and comm itself may contain spaces or parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false; // gone meanwhile, or no /proc (macOS): kill(pid, 0) has answered already
  }
}

/**
 * The command line of `pid`, or undefined where /proc cannot tell (not Linux, or gone): lets
 * a pid read from a file be checked before it is signalled, since pids are reused.
 */
export function commandLineOf(pid: number): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return undefined;
  }
}

/** A positive integer stored alone in a file (a pid, a port), or undefined. */
export function readNumber(file: string): number | undefined {
  try {
    const value = Number(fs.readFileSync(file, "utf8").trim());
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

let ignoringOutputErrors = false;

/**
 * After SIGHUP the terminal is gone and writing to it fails (EIO); an unhandled stream error
 * would kill the process before it has released the database.
 */
export function ignoreOutputErrors(): void {
  if (ignoringOutputErrors) return;
  ignoringOutputErrors = true;
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
}
