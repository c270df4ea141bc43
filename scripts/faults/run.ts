/**
 * `npm run test:faults`: MiWell under faults, on the production build, a database server of its
 * own (.data/faults) and ports of its own. Prints a table of checks; exits 1 if any fails.
 *   1. the database stops for 10 s under load and comes back;
 *   2. the worker is killed while sending email, and restarted;
 *   3. 200 patients check in at once for 60 s.
 * Fault 2 waits out the killed worker's claim (two minutes) while fault 3 runs.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { buildIsStale } from "../build-freshness";
import { PROJECT_ROOT } from "../paths";
import { exitWithError } from "../setup-error";
import { concurrentCheckIns } from "./concurrent-check-ins";
import { databaseOutage } from "./database-outage";
import { startFaultsDatabase } from "./faults-database";
import { check, printTable, type Check } from "./report";
import { workerKilled } from "./worker-killed";

async function main(): Promise<number> {
  const started = Date.now();
  if (buildIsStale()) {
    console.log("faults: building the production app (none, or older than the sources)…");
    const build = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "next"), ["build"], { cwd: PROJECT_ROOT, stdio: "inherit" });
    if (build.status !== 0) return 1;
  }
  const authSecret = randomBytes(32).toString("base64url");
  const database = await startFaultsDatabase();
  const checks: Check[] = [];
  try {
    console.log("faults: 1. database outage under load…");
    checks.push(...(await orFailure("1 database outage", () => databaseOutage(database, authSecret))));
    console.log("faults: 2. worker killed mid-send (finishes after 3)…");
    const worker = await workerKilled(database, authSecret).catch((error: Error) => error);
    try {
      console.log("faults: 3. 200 concurrent check-ins for 60 s…");
      checks.push(...(await orFailure("3 concurrent check-ins", () => concurrentCheckIns(database, authSecret))));
    } finally {
      checks.push(...(await orFailure("2 worker killed", () => (worker instanceof Error ? Promise.reject(worker) : worker.finish()))));
    }
  } finally {
    await database.stop();
  }
  printTable(checks.sort((a, b) => a.fault.localeCompare(b.fault)));
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`\nfaults: ${checks.length - failed} passed, ${failed} failed in ${Math.round((Date.now() - started) / 1000)} s`);
  return failed === 0 ? 0 : 1;
}

/** A fault test that could not run to its end is one failed check, and the others still run. */
async function orFailure(fault: string, run: () => Promise<Check[]>): Promise<Check[]> {
  try {
    return await run();
  } catch (error) {
    console.error(error);
    return [check(fault, "ran to the end", false, (error as Error).message.split("\n")[0])];
  }
}

main().then((code) => process.exit(code), exitWithError);
