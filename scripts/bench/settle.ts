/**
 * The background work already due on a dataset, done before it is measured: overdue alerts
 * escalated, today's reminders queued, silent patients alerted, and the outbox sent to the
 * benchmark's SMTP server. Left to the worker inside the measured server, that backlog would
 * share the server's core with the first screens, and its size depends on the hour the benchmark
 * runs: after the reminder time, a thousand scale patients are due a reminder.
 */
import { performance } from "node:perf_hooks";
import { closeDb } from "../../db/client";
import { createMailer, DEFAULT_FROM } from "../../lib/notifications/mailer";
import { drainOutbox } from "../../lib/notifications/send-due-emails";
import { WORKER_JOBS } from "../../lib/notifications/worker";

export type Settled = { seconds: number; emails: number };

export async function settleBackgroundWork(databaseUrl: string, smtpUrl: string): Promise<Settled> {
  const started = performance.now();
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  const mailer = createMailer(smtpUrl, DEFAULT_FROM);
  try {
    // Each of the worker's own jobs once, in its order, then its outbox until nothing is due.
    for (const job of WORKER_JOBS) await job.run();
    const emails = await drainOutbox({ mailer });
    return { seconds: (performance.now() - started) / 1000, emails };
  } finally {
    mailer.close();
    await closeDb();
    // Assigning undefined would store the string "undefined".
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
}
