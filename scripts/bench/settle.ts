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
import { queueDueReminders } from "../../lib/notifications/queue-reminders";
import { drainOutbox } from "../../lib/notifications/send-due-emails";
import { forgetExpiredEndedSessions } from "../../lib/auth/ended-sessions";
import { escalateOverdueAlerts } from "../../lib/risk/escalate-alerts";
import { sweepSilence } from "../../lib/risk/sweep-silence";

export type Settled = { seconds: number; emails: number };

export async function settleBackgroundWork(databaseUrl: string, smtpUrl: string): Promise<Settled> {
  const started = performance.now();
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  const mailer = createMailer(smtpUrl, DEFAULT_FROM);
  try {
    // The worker's own jobs, in its order (lib/notifications/worker.ts).
    await escalateOverdueAlerts();
    await queueDueReminders();
    await sweepSilence();
    await forgetExpiredEndedSessions();
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
