/**
 * `npm run bench:alerts`: how long from a patient's check-in to the SMTP server accepting the
 * alert email it raises. It runs the real path in one process on a database of its own: the
 * check-in's transaction (entry, rules, alert, outbox row), the wake-up, the worker claiming the
 * row and nodemailer delivering it to a real SMTP server, which notes when it accepted each one.
 * Prints the median, 95th percentile and worst case over ALERTS check-ins, one at a time and in
 * bursts. (The HTTP round trip of the form itself is measured by the full benchmark.)
 */
import { performance } from "node:perf_hooks";
import { closeDb } from "../db/client";
import { createDatabase } from "./database-url";
import { migrateDatabase } from "./migrate";
import { ensureDatabaseServer } from "./private-db";
import { exitWithError } from "./setup-error";

const ALERTS = Number(process.env.BENCH_ALERTS ?? 60);
const BURST = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);
  return `${label.padEnd(28)} ${String(samples.length).padStart(5)} ${f(percentile(sorted, 50))} ${f(percentile(sorted, 95))} ${f(sorted[sorted.length - 1])}`;
}

async function main(): Promise<void> {
  process.env.AUTH_SECRET ??= "bench-only-secret";
  const server = await ensureDatabaseServer();
  try {
    process.env.DATABASE_URL = await createDatabase(server.serverUrl, "miwell_bench_alerts", { fresh: true });
    await migrateDatabase(process.env.DATABASE_URL);
    // Imported once DATABASE_URL is set: these modules reach the database on first use.
    const { checkInToday } = await import("../lib/moods/save-entry");
    const { createMailer } = await import("../lib/notifications/mailer");
    const { startWorker } = await import("../lib/notifications/worker");
    const { createPatient, createPsychiatrist } = await import("../lib/testing/accounts");
    const { startSmtpSink } = await import("../lib/testing/smtp-sink");

    const acceptedAt = new Map<string, number>();
    const sink = await startSmtpSink({
      onEmail: (email) => {
        const tag = /bench-\d+/.exec(email.text)?.[0];
        if (tag) acceptedAt.set(tag, performance.now());
      },
    });
    await createPsychiatrist();
    const patients: number[] = [];
    for (let i = 0; i < ALERTS * 2; i++) patients.push((await createPatient()).userId);
    console.log(`bench:alerts: ${patients.length} patients ready; SMTP sink on ${sink.url}`);

    const worker = startWorker({ mailer: createMailer(sink.url, "MiWell <no-reply@miwell.invalid>") });
    const submit = async (patientId: number, tag: string): Promise<number> => {
      const start = performance.now();
      await checkInToday(patientId, { mood: 4, note: `${tag}: I keep thinking I want to kill myself`, minutes: 0 });
      if (process.env.BENCH_DEBUG) console.log("saved", (performance.now() - start).toFixed(1));
      while (!acceptedAt.has(tag)) await new Promise((resolve) => setTimeout(resolve, 1));
      return acceptedAt.get(tag)! - start;
    };

    const oneAtATime: number[] = [];
    for (let i = 0; i < ALERTS; i++) oneAtATime.push(await submit(patients[i], `bench-${i}`));
    const inBursts: number[] = [];
    for (let i = ALERTS; i < ALERTS * 2; i += BURST) {
      const burst = patients.slice(i, i + BURST).map((id, j) => submit(id, `bench-${i + j}`));
      inBursts.push(...(await Promise.all(burst)));
    }
    await worker.stop();
    await sink.stop();

    console.log(`\nCheck-in submitted → alert email accepted by SMTP (${new Date().toISOString().slice(0, 10)})`);
    console.log(`${"".padEnd(28)} ${"n".padStart(5)} ${"median".padStart(10)} ${"p95".padStart(10)} ${"max".padStart(10)}`);
    console.log(summary("one at a time", oneAtATime));
    console.log(summary(`in bursts of ${BURST}`, inBursts));
  } finally {
    await closeDb();
    await server.stop();
  }
}

main().catch(exitWithError);
