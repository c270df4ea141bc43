import { forgetExpiredEndedSessions } from "@/lib/auth/ended-sessions";
import { escalateOverdueAlerts } from "@/lib/risk/escalate-alerts";
import { sweepSilence } from "@/lib/risk/sweep-silence";
import type { Mailer } from "./mailer";
import { queueDueReminders } from "./queue-reminders";
import { drainOutbox } from "./send-due-emails";
import { onOutboxWake } from "./wake";
import { describeError } from "@/lib/db/describe-error";

export type WorkerOptions = {
  mailer: Mailer | null;
  /** How often to look for due mail when nothing wakes the worker. */
  pollMs?: number;
  log?: (message: string) => void;
};

export type Worker = { stop(): Promise<void> };

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/** The worker's periodic jobs, each with how often it runs; the outbox is sent after them. */
export const WORKER_JOBS: readonly Job[] = [
  { name: "escalation", everyMs: 30_000, run: () => escalateOverdueAlerts() },
  { name: "reminders", everyMs: 60_000, run: () => queueDueReminders() },
  { name: "silence", everyMs: 60 * 60_000, run: () => sweepSilence() },
  { name: "ended sessions", everyMs: 60 * 60_000, run: () => forgetExpiredEndedSessions() },
];

/**
 * The background loop: send due mail (at once when woken, else every pollMs), escalate overdue
 * alerts every 30 s, queue reminders every minute, and every hour look for silent patients and
 * forget signed-out sessions whose tokens have all expired.
 * Every step is safe to run on several workers at once. A failure (the database restarting, the
 * mail server down) is logged and the loop carries on: nothing here may take the web server down.
 */
export function startWorker(options: WorkerOptions): Worker {
  const pollMs = options.pollMs ?? 5_000;
  const log = options.log ?? ((message: string) => console.error(`[worker] ${message}`));
  const lastRun = new Map<Job, number>();
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  const unsubscribe = onOutboxWake(wake);

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const timer = setTimeout(resolve, pollMs);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function step(name: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      log(`${name} failed: ${describeError(error)}`);
    }
  }

  const loop = (async () => {
    while (!stopped) {
      woken = false;
      for (const job of WORKER_JOBS) {
        if (Date.now() - (lastRun.get(job) ?? 0) < job.everyMs) continue;
        lastRun.set(job, Date.now());
        await step(job.name, job.run);
      }
      await step("sending", () => drainOutbox({ mailer: options.mailer }));
      await sleep();
      wakeUp = undefined;
    }
  })();

  return {
    async stop() {
      stopped = true;
      unsubscribe();
      wake();
      await loop;
      options.mailer?.close();
    },
  };
}
