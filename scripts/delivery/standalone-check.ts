/**
 * `npm test`'s check of what the container image runs: the standalone build, made
 * self-contained, started with `node server.js` on a free port. It must answer /api/health with
 * status ok, serve a page with its stylesheet and a file from public/, and satisfy the
 * Dockerfile's own HEALTHCHECK command, which must then fail once the server is gone.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findFreePort } from "../net";
import { PROJECT_ROOT } from "../paths";
import { sleep } from "../processes";
import { lastLines, SetupError } from "../setup-error";
import { assembleStandalone } from "./assemble-standalone";
import { healthcheckCommand, readDockerfile, stageNamed } from "./dockerfile";

const READY_TIMEOUT_MS = 60_000;
const LOG_FILE = path.join(PROJECT_ROOT, "reports", "standalone-server.log");

/** `env`: the database and secrets the server runs with. Throws a SetupError naming what failed. */
export async function checkStandaloneServer(env: Record<string, string>): Promise<void> {
  const serverJs = assembleStandalone();
  const healthcheck = healthcheckCommand(stageNamed(readDockerfile(), "web"));
  if (!healthcheck) throw new SetupError("The Dockerfile's web stage has no HEALTHCHECK in exec form.");
  const port = await findFreePort();
  const server = startServer(serverJs, port, env);
  const fail = (what: string) => new SetupError(`standalone server: ${what}\n${lastLines(fs.readFileSync(LOG_FILE, "utf8"), 20)}`);
  try {
    const base = `http://127.0.0.1:${port}`;
    const health = await firstAnswer(`${base}/api/health`, server.exited);
    if (!health) throw fail(`no answer on ${base}/api/health within ${READY_TIMEOUT_MS / 1000} s, or it exited`);
    const body = (await health.json().catch(() => null)) as { status?: string } | null;
    if (health.status !== 200 || body?.status !== "ok") {
      throw fail(`/api/health answered ${health.status} ${JSON.stringify(body)}, not 200 with status ok`);
    }
    console.log(`  node ${path.relative(PROJECT_ROOT, serverJs)}: /api/health answers 200, status ok`);
    for (const asset of await pageAssets(base)) {
      const response = await fetch(`${base}${asset}`);
      if (response.status !== 200) throw fail(`${asset} answered ${response.status}`);
      console.log(`  ${asset}: 200`);
    }
    if (runHealthcheck(healthcheck, port) !== 0) throw fail("the Dockerfile's HEALTHCHECK failed against the running server");
    console.log("  the Dockerfile's HEALTHCHECK passes");
  } finally {
    await server.stop();
  }
  if (runHealthcheck(healthcheck, port) === 0) throw fail("the Dockerfile's HEALTHCHECK passed with no server running");
}

function startServer(serverJs: string, port: number, env: Record<string, string>) {
  fs.mkdirSync(path.dirname(LOG_FILE), { recursive: true });
  const log = fs.openSync(LOG_FILE, "w");
  const child = spawn(process.execPath, [serverJs], {
    cwd: path.dirname(serverJs),
    // The worker stays off: it would mark the seeded outbox unsent before the end-to-end tests.
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", MIWELL_WORKER: "off" },
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  let exited = false;
  const done = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  return {
    exited: () => exited,
    async stop() {
      if (exited) return;
      child.kill("SIGTERM");
      if (await Promise.race([done.then(() => true), sleep(10_000).then(() => false)])) return;
      child.kill("SIGKILL");
      await done;
    },
  };
}

async function firstAnswer(url: string, exited: () => boolean): Promise<Response | undefined> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!exited() && Date.now() < deadline) {
    try {
      return await fetch(url, { signal: AbortSignal.timeout(5000) });
    } catch {
      await sleep(200);
    }
  }
  return undefined;
}

/** The sign-in page's first stylesheet (from .next/static) and a file from public/. */
async function pageAssets(base: string): Promise<string[]> {
  const page = await fetch(`${base}/login`);
  if (page.status !== 200) throw new SetupError(`standalone server: /login answered ${page.status}`);
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await page.text())?.[1];
  if (!stylesheet) throw new SetupError("standalone server: /login links no stylesheet under /_next/static");
  const publicFile = firstFile(path.join(PROJECT_ROOT, "public"));
  return [stylesheet, ...(publicFile ? [`/${path.relative(path.join(PROJECT_ROOT, "public"), publicFile).split(path.sep).join("/")}`] : [])];
}

function firstFile(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const found = entry.isDirectory() ? firstFile(full) : entry.isFile() ? full : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Runs the HEALTHCHECK's command as Docker would inside the container (PORT set by the image). */
function runHealthcheck([command, ...args]: string[], port: number): number | null {
  const executable = command === "node" ? process.execPath : command;
  return spawnSync(executable, args, { env: { ...process.env, PORT: String(port) }, stdio: "inherit", timeout: 10_000 }).status;
}
