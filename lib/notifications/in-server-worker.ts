import { mailerFromEnv } from "./mailer";
import { startWorker, type Worker } from "./worker";

// One worker per process, even when development reloads call register() again.
const holder = globalThis as unknown as { miwellWorker?: Worker };

export function startInServerWorker(): void {
  if (holder.miwellWorker || !process.env.DATABASE_URL) return;
  const mailer = mailerFromEnv();
  if (!mailer) console.warn("[worker] SMTP_URL is not set: emails are kept in the outbox as unsent, for admins to see.");
  holder.miwellWorker = startWorker({ mailer });
}
