/**
 * One process at a time starts, joins or stops the private server: without it `npm start`
 * and `npm test` could both start a server on one data directory, or one could join a server
 * that the last user is stopping.
 */
import fs from "node:fs";
import { serverFiles } from "./paths";
import { isAlive, readNumber, sleep } from "./processes";
import { SetupError } from "./setup-error";

// Longer than a start (up to 60s) or a stop (up to 35s) by a holder that is making progress.
const WAIT_MS = 120_000;
// An empty lock file may be one whose holder has not written its pid yet.
const UNWRITTEN_GRACE_MS = 5000;

/** Takes the lock file (our pid in it), taking over one left by a dead process; returns its release. */
export async function acquireServerLock(): Promise<() => void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(serverFiles.lock, `${process.pid}\n`, { flag: "wx" });
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readNumber(serverFiles.lock);
    const abandoned = holder ? !isAlive(holder) : Date.now() - modifiedAt(serverFiles.lock) > UNWRITTEN_GRACE_MS;
    if (abandoned) {
      fs.rmSync(serverFiles.lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new SetupError(
        `Process ${holder ?? "?"} has held .data/mysql.lock for too long while starting or stopping the ` +
          "private database; stop it, or delete that file if the process no longer runs.",
      );
    }
    await sleep(100);
  }
}

/** Removes the lock only if it is still ours (another process may have judged it abandoned). */
function release(): void {
  if (readNumber(serverFiles.lock) === process.pid) fs.rmSync(serverFiles.lock, { force: true });
}

function modifiedAt(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
