/** What each fault test found: checks that pass or fail, and figures that are only reported. */

export type Check = { fault: string; check: string; ok: boolean; detail: string };

export function check(fault: string, name: string, ok: boolean, detail: string): Check {
  return { fault, check: name, ok, detail };
}

export function printTable(checks: Check[]): void {
  const widths = [6, Math.max(...checks.map((c) => c.fault.length), 5), Math.max(...checks.map((c) => c.check.length), 5)];
  const row = (cells: string[]) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join("  ");
  console.log(`\n${row(["result", "fault", "check", "detail"])}`);
  console.log(row(widths.map((w) => "-".repeat(w)).concat("------")));
  for (const c of checks) console.log(row([c.ok ? "PASS" : "FAIL", c.fault, c.check, c.detail]));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function latencySummary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const ms = (p: number) => `${Math.round(percentile(sorted, p))} ms`;
  return `p50 ${ms(50)}, p95 ${ms(95)}, p99 ${ms(99)}, max ${ms(100)}`;
}

/** Text in an answer that would tell a visitor about the machinery behind it. */
const INTERNALS = /\bat (?:async )?[\w.$<>]+ \(|ECONNREFUSED|Failed query|sqlMessage|node_modules|\.next\/server|select `|mysql|drizzle/i;

export function showsInternals(body: string): boolean {
  return INTERNALS.test(body);
}
