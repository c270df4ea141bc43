/**
 * `npm run worker`: the background worker on its own (the email outbox, escalation, reminders,
 * silence), for deployments that set MIWELL_WORKER=off on their web servers and run one or more
 * of these instead. Several may run at once against one database.
 */
import { closeDb } from "../db/client";
import { mailerFromEnv } from "../lib/notifications/mailer";
import { startWorker } from "../lib/notifications/worker";
import { resolveAppDatabase } from "./app-database";
import { ensureAuthEnvironment } from "./auth-environment";
import { exitWithError } from "./setup-error";

async function main(): Promise<void> {
  ensureAuthEnvironment();
  const database = await resolveAppDatabase();
  process.env.DATABASE_URL = database.url;
  const mailer = mailerFromEnv();
  console.log(`MiWell worker: running${mailer ? "" : " without SMTP_URL: emails are kept in the outbox as unsent"}. Ctrl-C stops it.`);
  // A separate process learns of new mail only by looking, so it looks every second.
  const worker = startWorker({ mailer, pollMs: 1_000 });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await closeDb();
    await database.stop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop());
}

main().catch(exitWithError);
