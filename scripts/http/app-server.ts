/** The production build served by `next start` on a port of its own, as one process group. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findFreePort } from "../net";
import { DATA_DIR, PROJECT_ROOT } from "../paths";
import { isAlive, sleep } from "../processes";

const NEXT_CLI = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
const READY_TIMEOUT_MS = 60_000;

export type AppServer = {
  baseUrl: string;
  pid: number;
  /** True while the very process that was started still runs (the app was never restarted). */
  alive(): boolean;
  /** The last lines the server wrote, for a failure report. */
  logTail(lines?: number): string;
  stop(): Promise<void>;
};

/**
 * Starts `next start` with `env`, logging to .data/<logDir>/<name>.log, and waits until it
 * answers. `nodeArgs` go to Node itself (such as --cpu-prof, which NODE_OPTIONS may not carry).
 */
export async function startAppServer(name: string, env: Record<string, string>, logDir = "faults", nodeArgs: string[] = []): Promise<AppServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.join(DATA_DIR, logDir), { recursive: true });
  const logFile = path.join(DATA_DIR, logDir, `${name}.log`);
  const log = fs.openSync(logFile, "w");
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, NEXT_CLI, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true", APP_URL: baseUrl, ...env },
    // Its own process group, so stopping it also stops the Node process `next` runs.
    detached: true,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  const pid = child.pid!;
  let exited = false;
  child.once("exit", () => (exited = true));
  const logTail = (lines = 30) => fs.readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n");

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(`${baseUrl}/api/health`))) {
    if (exited || Date.now() > deadline) {
      if (!exited) process.kill(-pid, "SIGKILL");
      throw new Error(`next start did not become ready:\n${logTail()}`);
    }
    await sleep(200);
  }
  return {
    baseUrl,
    pid,
    alive: () => !exited && isAlive(pid),
    logTail,
    async stop() {
      if (exited) return;
      process.kill(-pid, "SIGTERM");
      for (let waited = 0; !exited && waited < 10_000; waited += 100) await sleep(100);
      if (!exited) process.kill(-pid, "SIGKILL");
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200;
  } catch {
    return false;
  }
}
