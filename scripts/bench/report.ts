/** The benchmark's one table, with each figure against its target, and the same as JSON. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoadResult } from "./load";
import type { ScreenResult } from "./screens";
import type { Latency } from "./stats";

export const TARGETS = {
  screenP95Ms: 150,
  caseloadP95Ms: 100,
  largeToSmall: 1.5,
  checkInsPerSecond: 200,
  alertEmailP95Ms: 2000,
  todayFirstLoadKb: 160,
};

export type BenchReport = {
  date: string;
  machine: string;
  load: { connections: number; seconds: number };
  screens: { large: ScreenResult[]; small: ScreenResult[] };
  checkIns: LoadResult & { patients: number };
  alertEmails: Latency & { count: number };
  firstLoad: { route: string; kb: number }[];
};

const mark = (ok: boolean) => (ok ? "ok" : "MISSED");
const ms = (value: number) => `${value.toFixed(0)}`.padStart(6);
const num = (value: number, width: number, digits = 0) => value.toFixed(digits).padStart(width);

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function formatReport(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(`MiWell benchmark, ${report.date}, ${report.machine}`);
  lines.push(`autocannon on loopback, ${report.load.connections} connections, ${report.load.seconds} s a row; latencies in ms`);
  lines.push("");
  lines.push(`${"screen".padEnd(16)} ${"large req/s".padStart(11)} ${"p50".padStart(6)} ${"p95".padStart(6)} | ${"small req/s".padStart(11)} ${"p50".padStart(6)} ${"p95".padStart(6)} | ${"ratio p50".padStart(9)} ${"p95".padStart(5)} | target`);
  for (const large of report.screens.large) {
    const small = report.screens.small.find((row) => row.screen === large.screen)!;
    const limit = large.screen === "/caseload" ? TARGETS.caseloadP95Ms : TARGETS.screenP95Ms;
    const ratio50 = large.p50 / small.p50;
    const ratio95 = large.p95 / small.p95;
    const failures = large.failed + small.failed > 0 ? `, ${large.failed + small.failed} failed` : "";
    lines.push(
      `${large.screen.padEnd(16)} ${num(large.perSecond, 11)} ${ms(large.p50)} ${ms(large.p95)} | ${num(small.perSecond, 11)} ${ms(small.p50)} ${ms(small.p95)} | ${num(ratio50, 9, 2)} ${num(ratio95, 5, 2)} | p95 ≤ ${limit}: ${mark(large.p95 <= limit)}, ratio ≤ ${TARGETS.largeToSmall}: ${mark(Math.max(ratio50, ratio95) <= TARGETS.largeToSmall)}${failures}`,
    );
  }
  const c = report.checkIns;
  lines.push("");
  lines.push(`check-ins, ${c.patients} patients (large): ${num(c.perSecond, 0)} /s, p50 ${c.p50.toFixed(0)}, p95 ${c.p95.toFixed(0)}, ${c.requests - c.failed} of ${c.requests} saved | ≥ ${TARGETS.checkInsPerSecond}/s: ${mark(c.perSecond >= TARGETS.checkInsPerSecond && c.failed === 0)}`);
  const a = report.alertEmails;
  lines.push(`check-in submit → alert email accepted by SMTP, ${a.count} alerts (large): p50 ${a.p50.toFixed(0)}, p95 ${a.p95.toFixed(0)}, max ${a.max.toFixed(0)} | p95 ≤ ${TARGETS.alertEmailP95Ms}: ${mark(a.p95 <= TARGETS.alertEmailP95Ms)}`);
  lines.push("");
  lines.push("first-load JavaScript, gzip:");
  for (const { route, kb } of report.firstLoad) {
    const target = route === "/today" ? ` | ≤ ${TARGETS.todayFirstLoadKb} kB: ${mark(kb <= TARGETS.todayFirstLoadKb)}` : "";
    lines.push(`  ${route.padEnd(24)} ${num(kb, 6, 1)} kB${target}`);
  }
  return lines.join("\n");
}

export function saveReport(report: BenchReport, directory: string): string {
  fs.mkdirSync(directory, { recursive: true });
  const file = path.join(directory, "bench.json");
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
