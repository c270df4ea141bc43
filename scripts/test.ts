/**
 * `npm test`: lint, types, unit + integration tests (coverage-gated, with the delivery files
 * checked by Compose), production build, the standalone server the container image runs, then
 * end-to-end tests in Chromium. Stops at the first failing step; its use of the database
 * server ends on success, failure, Ctrl-C and a closed terminal alike (the server stops then
 * unless another process, such as `npm start`, still uses it).
 *
 * Two runs at once on one checkout each get their own e2e port, but share .next: one run's
 * production build can replace the other's under its running end-to-end tests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createDatabase } from "./database-url";
import { ensureCompose } from "./delivery/compose-command";
import { checkStandaloneServer } from "./delivery/standalone-check";
import { ensureChromium } from "./find-chromium";
import { printFirstLoadSizes } from "./first-load-js";
import { migrateDatabase } from "./migrate";
import { findFreePort } from "./net";
import { PROJECT_ROOT } from "./paths";
import { ensureDatabaseServer, type DatabaseServer } from "./private-db";
import { ignoreOutputErrors } from "./processes";
import { exitWithError, SetupError } from "./setup-error";

type Step = { name: string; run: () => Promise<void> };

class StepFailed extends Error {}

let child: ChildProcess | undefined;
let interrupted = false;
let server: DatabaseServer | undefined;

const steps: Step[] = [
  { name: "lint", run: () => runTool("eslint", ["--max-warnings", "0", "."]) },
  { name: "typecheck", run: () => runTool("tsc", ["--noEmit"]) },
  { name: "unit and integration tests", run: unitAndIntegrationTests },
  {
    name: "production build",
    run: async () => {
      await runTool("next", ["build"]);
      // Patients open MiWell on cheap phones: keep an eye on what each page ships.
      printFirstLoadSizes();
    },
  },
  { name: "standalone server", run: async () => checkStandaloneServer(await appEnvironment()) },
  { name: "end-to-end tests", run: endToEndTests },
];

async function unitAndIntegrationTests(): Promise<void> {
  // The tests of docker-compose.yml run it; as root it is installed here, like Chromium later.
  ensureCompose();
  // Started once here; vitest's global setup finds it running and reuses it.
  server = await ensureDatabaseServer();
  await runTool("vitest", ["run", "--coverage"]);
}

let appEnvironmentMade: Promise<Record<string, string>> | undefined;

/** The seeded miwell_e2e database and a fresh secret, made once for the standalone check and e2e. */
function appEnvironment(): Promise<Record<string, string>> {
  appEnvironmentMade ??= (async () => {
    server ??= await ensureDatabaseServer();
    const databaseUrl = await createDatabase(server.serverUrl, "miwell_e2e", { fresh: true });
    await migrateDatabase(databaseUrl);
    const { seedDemoData } = await import("../db/seed");
    await seedDemoData(databaseUrl);
    return { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true" };
  })();
  return appEnvironmentMade;
}

async function endToEndTests(): Promise<void> {
  const environment = await appEnvironment();
  const chromium = ensureChromium();
  await runTool("playwright", ["test"], {
    ...environment,
    CHROMIUM_PATH: chromium,
    // A port of its own, so a second `npm test` on this machine does not collide with this one.
    E2E_PORT: process.env.E2E_PORT ?? String(await findFreePort()),
    // The same for the mail catcher the web server sends to.
    E2E_SMTP_PORT: process.env.E2E_SMTP_PORT ?? String(await findFreePort()),
  });
}

async function main(): Promise<number> {
  handleInterrupts();
  fs.mkdirSync(path.join(PROJECT_ROOT, "reports"), { recursive: true });
  const startedAt = Date.now();
  let failedAt: string | undefined;
  try {
    for (const [index, step] of steps.entries()) {
      console.log(`\n▶ npm test [${index + 1}/${steps.length}] ${step.name}`);
      const stepStartedAt = Date.now();
      try {
        await step.run();
      } catch (error) {
        if (!(error instanceof StepFailed)) console.error(error instanceof SetupError ? error.message : error);
        failedAt = step.name;
      }
      if (interrupted) failedAt ??= step.name;
      if (failedAt) break;
      console.log(`✓ ${step.name} (${seconds(Date.now() - stepStartedAt)})`);
    }
  } finally {
    await server?.stop();
  }
  if (failedAt) {
    console.error(`\nnpm test: ${interrupted ? "INTERRUPTED" : "FAILED"} at ${failedAt}`);
    return interrupted ? 130 : 1;
  }
  console.log(`\nnpm test: all steps passed (${seconds(Date.now() - startedAt)}); reports in reports/`);
  return 0;
}

/** Runs a tool from node_modules/.bin with inherited stdio; throws StepFailed on a non-zero exit. */
function runTool(name: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  const command = path.join(PROJECT_ROOT, "node_modules", ".bin", name);
  console.log(`  $ ${name} ${args.join(" ")}`);
  return new Promise((resolve, reject) => {
    child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
    });
    child.once("error", (error) => reject(new Error(`could not run ${name}: ${error.message}`)));
    child.once("exit", (code, signal) => {
      child = undefined;
      if (code === 0) resolve();
      else reject(new StepFailed(`${name} exited with ${signal ?? code}`));
    });
  });
}

/**
 * Ctrl-C, or SIGHUP from a closing terminal, reaches the running tool too (same process group);
 * we let it exit, then release the database instead of dying with it still running.
 */
function handleInterrupts(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (signal === "SIGHUP") ignoreOutputErrors();
      interrupted = true;
      // Tools shut down cleanly on SIGTERM; SIGHUP may just kill them.
      child?.kill(signal === "SIGHUP" ? "SIGTERM" : signal);
    });
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

main()
  .then((code) => process.exit(code))
  .catch(exitWithError);
