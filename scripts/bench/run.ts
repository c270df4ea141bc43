/**
 * `npm run bench`: MiWell's production build under load, on a year of a busy service and on the
 * demo data, with autocannon on loopback. Prints one table (scripts/bench/report.ts) and writes
 * it to reports/bench.json. The method and the latest figures are in docs/performance.md.
 *
 *   BENCH_SECONDS (10)   seconds of load per row, after a warm-up of a fifth of that
 *   BENCH_PROFILE=1      also write a CPU profile of each app server to reports/profiles/
 *                        (open it in Chrome's DevTools, Performance tab)
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { localDate } from "../../lib/moods/local-date";
import { startSmtpSink } from "../../lib/testing/smtp-sink";
import { ensureAuthEnvironment } from "../auth-environment";
import { buildIsStale } from "../build-freshness";
import { signInPatients } from "../faults/patient-clients";
import { firstLoadSizes } from "../first-load-js";
import { startAppServer, type AppServer } from "../http/app-server";
import { PROJECT_ROOT } from "../paths";
import { ensureDatabaseServer } from "../private-db";
import { exitWithError, SetupError } from "../setup-error";
import { alertEmailTimer } from "./alert-emails";
import { measureCheckIns } from "./check-ins";
import { largeDataset, patientsYetToCheckIn, smallDataset, type Dataset } from "./datasets";
import { formatReport, machineDescription, saveReport, type BenchReport } from "./report";
import { SCREENS, type ScreenResult, measureScreen, screenRequests } from "./screens";
import { settleBackgroundWork } from "./settle";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const CHECK_IN_PATIENTS = 200;
const ALERT_PATIENTS = 40;
const PATIENT_PAGES = ["/today", "/journal", "/journal/[id]/edit", "/progress", "/tasks", "/account", "/login", "/register"];

const log = (line: string) => console.log(line);

function buildIfStale(): void {
  if (!buildIsStale()) return;
  log("bench: building the production app…");
  const built = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "next"), ["build"], { stdio: "inherit", cwd: PROJECT_ROOT });
  if (built.status !== 0) throw new SetupError("the production build failed");
}

/** Both datasets' app servers, each started once the background work due on its data is done. */
async function withAppServers<T>(datasets: Dataset[], smtpUrl: string, measure: (servers: AppServer[]) => Promise<T>): Promise<T> {
  for (const dataset of datasets) {
    const settled = await settleBackgroundWork(dataset.url, smtpUrl);
    log(`bench: background work already due on the ${dataset.name} data done first: ${settled.emails} emails, ${settled.seconds.toFixed(1)} s`);
  }
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.join(PROJECT_ROOT, "reports", "profiles")}`] : [];
  const servers: AppServer[] = [];
  try {
    for (const dataset of datasets) servers.push(await startAppServer(`app-${dataset.name}`, { DATABASE_URL: dataset.url, SMTP_URL: smtpUrl }, "bench", profile));
    return await measure(servers);
  } finally {
    // Every server is stopped even when one will not stop; that failure is reported after.
    const stopped = await Promise.allSettled(servers.map((server) => server.stop()));
    const failed = stopped.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  }
}

async function main(): Promise<void> {
  ensureAuthEnvironment();
  buildIfStale();
  const load = { seconds: SECONDS, warmUpSeconds: Math.max(1, Math.round(SECONDS / 5)), connections: CONNECTIONS };
  const alerts = alertEmailTimer();
  const sink = await startSmtpSink({ onEmail: alerts.onEmail });
  const database = await ensureDatabaseServer();
  try {
    const small = await smallDataset(database.serverUrl);
    const large = await largeDataset(database.serverUrl);
    log(`bench: ${SECONDS} s a row, ${CONNECTIONS} connections`);

    const { smallScreens, largeScreens, checkIns, alertEmails } = await withAppServers([small, large], sink.url, async ([smallServer, server]) => {
      // Each screen on the small data and then at once on the large, so the two rows of a ratio
      // share the machine's state: on a virtual machine it drifts by a fifth over minutes.
      const targets = [await screenRequests(smallServer.baseUrl, small), await screenRequests(server.baseUrl, large)];
      const smallScreens: ScreenResult[] = [];
      const largeScreens: ScreenResult[] = [];
      for (const screen of SCREENS) {
        smallScreens.push(await measureScreen(targets[0], screen.name, load, log));
        largeScreens.push(await measureScreen(targets[1], screen.name, load, log));
      }
      // The small data's server (and the worker in it) would otherwise share the cores with the check-ins.
      await smallServer.stop();
      const fresh = await patientsYetToCheckIn(large, localDate(new Date(), "Europe/London"), CHECK_IN_PATIENTS + ALERT_PATIENTS);
      log(`bench: signing in ${fresh.length} patients…`);
      const clients = await signInPatients(server.baseUrl, fresh, { timeoutMs: 30_000, password: large.password });
      const checkInClients = clients.slice(0, CHECK_IN_PATIENTS);
      const perPatient = 50;
      await measureCheckIns(server.baseUrl, checkInClients, { seconds: load.warmUpSeconds, connections: CONNECTIONS, perPatient });
      const checkIns = await measureCheckIns(server.baseUrl, checkInClients, { seconds: SECONDS, connections: CONNECTIONS, perPatient });
      log(`  large check-ins: ${checkIns.perSecond.toFixed(0)} /s, p95 ${checkIns.p95} ms`);
      const alertEmails = await alerts.measure(clients.slice(CHECK_IN_PATIENTS));
      log(`  large alert emails: p50 ${alertEmails.p50.toFixed(0)} ms, p95 ${alertEmails.p95.toFixed(0)} ms`);
      return { smallScreens, largeScreens, checkIns: { ...checkIns, patients: CHECK_IN_PATIENTS }, alertEmails };
    });

    const report: BenchReport = {
      date: new Date().toISOString().slice(0, 10),
      machine: machineDescription(),
      load: { connections: CONNECTIONS, seconds: SECONDS },
      screens: { large: largeScreens, small: smallScreens },
      checkIns,
      alertEmails,
      firstLoad: firstLoadSizes()
        .filter((row) => PATIENT_PAGES.includes(row.route))
        .map((row) => ({ route: row.route, kb: row.bytes / 1024 })),
    };
    console.log(`\n${formatReport(report)}`);
    console.log(`\n(also in ${path.relative(PROJECT_ROOT, saveReport(report, path.join(PROJECT_ROOT, "reports")))})`);
  } finally {
    await sink.stop();
    await database.stop();
  }
}

main().catch(exitWithError);
