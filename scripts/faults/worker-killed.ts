/**
 * Fault 2: EMAILS emails wait in the outbox; `npm run worker` sends them to an SMTP server that
 * answers slowly, and is killed (SIGKILL) while sends are in flight, then started again. Every
 * email must end up sent, and each recipient must see one email: a resend after the kill carries
 * the same Message-ID, which mail clients show once. A claim by a killed worker lapses after two
 * minutes, so begin() returns at once after the restart and finish() waits for the outbox.
 */
import { spawn } from "node:child_process";
import mysql from "mysql2/promise";
import { closeDb, getDb } from "../../db/client";
import { queueEmail } from "../../lib/notifications/outbox";
import { startSmtpSink } from "../../lib/testing/smtp-sink";
import { PROJECT_ROOT } from "../paths";
import { isAlive, sleep } from "../processes";
import type { FaultsDatabase } from "./faults-database";
import { check, type Check } from "./report";

const FAULT = "2 worker killed";
const EMAILS = 30;
const ACCEPT_DELAY_MS = 1_500;
const FINISH_TIMEOUT_MS = 200_000;

type RunningWorker = { pid: number; kill(signal: NodeJS.Signals): void };

function startWorkerProcess(env: Record<string, string>): RunningWorker {
  // Its own process group: npm, tsx and the Node process they start die together.
  const child = spawn("npm", ["run", "-s", "worker"], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, detached: true, stdio: "ignore" });
  const pid = child.pid!;
  return { pid, kill: (signal) => isAlive(pid) && process.kill(-pid, signal) };
}

export async function workerKilled(database: FaultsDatabase, authSecret: string): Promise<{ finish(): Promise<Check[]> }> {
  const url = await database.create("miwell_faults_worker");
  const sink = await startSmtpSink({ acceptDelayMs: ACCEPT_DELAY_MS });
  process.env.DATABASE_URL = url;
  for (let i = 0; i < EMAILS; i++) {
    await queueEmail(getDb(), {
      dedupeKey: `faults-${i}`,
      kind: "reminder",
      userId: null,
      to: `recipient-${i}@example.test`,
      subject: `Fault test email ${i}`,
      text: `Email ${i}`,
      html: `<p>Email ${i}</p>`,
    });
  }
  await closeDb();

  const env = { DATABASE_URL: url, SMTP_URL: sink.url, AUTH_SECRET: authSecret };
  const first = startWorkerProcess(env);
  // Killed once some emails have reached the server and more are still being sent.
  await sink.waitFor((received) => received.length >= 5, 60_000);
  first.kill("SIGKILL");
  const atKill = await statuses(url);
  const second = startWorkerProcess(env);

  return {
    async finish() {
      const deadline = Date.now() + FINISH_TIMEOUT_MS;
      let now = await statuses(url);
      while ((now.get("sent") ?? 0) < EMAILS && Date.now() < deadline) {
        await sleep(1000);
        now = await statuses(url);
      }
      second.kill("SIGTERM");
      await sink.stop();

      const byRecipient = new Map<string, string[]>();
      for (const email of sink.received) for (const to of email.to) byRecipient.set(to, [...(byRecipient.get(to) ?? []), email.messageId]);
      const recipients = Array.from({ length: EMAILS }, (_, i) => `recipient-${i}@example.test`);
      const missing = recipients.filter((to) => !byRecipient.has(to));
      const seenTwice = recipients.filter((to) => new Set(byRecipient.get(to)).size > 1);
      const redelivered = recipients.filter((to) => (byRecipient.get(to)?.length ?? 0) > 1).length;
      const describe = (tally: Map<string, number>) => [...tally].map(([status, n]) => `${status} ${n}`).join(", ");

      return [
        check(FAULT, "killed mid-send", (atKill.get("sending") ?? 0) > 0, `at the kill: ${describe(atKill)}`),
        check(FAULT, "every email sent after restart", (now.get("sent") ?? 0) === EMAILS, `outbox: ${describe(now)}`),
        check(FAULT, "every recipient got theirs", missing.length === 0, `${EMAILS - missing.length} of ${EMAILS}`),
        check(FAULT, "no recipient sees one twice", seenTwice.length === 0, `${seenTwice.length} with two Message-IDs; ${redelivered} delivered again under the same Message-ID`),
      ];
    },
  };
}

async function statuses(url: string): Promise<Map<string, number>> {
  const connection = await mysql.createConnection({ uri: url });
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SELECT status, COUNT(*) AS n FROM email_outbox GROUP BY status");
    return new Map(rows.map((row) => [row.status as string, Number(row.n)]));
  } finally {
    await connection.end();
  }
}
