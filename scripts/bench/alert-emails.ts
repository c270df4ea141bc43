/**
 * From a check-in's submit to the SMTP server accepting the alert email it raised: patients
 * submit notes the risk rules flag, a few at once, through the web server, whose worker sends
 * the alert to the psychiatrist; the SMTP server in this process notes when it accepted each.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { checkIn, type PatientClient } from "../faults/patient-clients";
import type { ReceivedEmail } from "../../lib/testing/smtp-sink";
import { latencyOf, type Latency } from "./stats";

const AT_ONCE = 4;
const TIMEOUT_MS = 30_000;

export type AlertEmailTimer = { onEmail: (email: ReceivedEmail) => void; measure: (clients: PatientClient[]) => Promise<Latency & { count: number }> };

export function alertEmailTimer(): AlertEmailTimer {
  const acceptedAt = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  // Tags carry this run's id: an email left unsent by an earlier run, sent when this run's
  // server starts, must not count for a check-in of this one.
  const run = randomBytes(4).toString("hex");
  const onEmail = (email: ReceivedEmail) => {
    for (const [tag] of email.text.matchAll(new RegExp(`bench-alert-${run}-\\d+`, "g"))) {
      if (acceptedAt.has(tag)) continue;
      acceptedAt.set(tag, performance.now());
      waiting.get(tag)?.();
    }
  };

  const one = async (client: PatientClient, tag: string): Promise<number> => {
    const accepted = new Promise<void>((resolve, reject) => {
      waiting.set(tag, resolve);
      setTimeout(() => reject(new Error(`no alert email for ${tag} within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS).unref();
    });
    const started = performance.now();
    const { outcome } = await checkIn(client, `${tag}: I keep thinking I want to kill myself`);
    if (outcome !== "saved") throw new Error(`the check-in ${tag} was answered ${outcome}`);
    await accepted;
    return acceptedAt.get(tag)! - started;
  };

  return {
    onEmail,
    async measure(clients) {
      const samples: number[] = [];
      for (let i = 0; i < clients.length; i += AT_ONCE) {
        const batch = clients.slice(i, i + AT_ONCE).map((client, j) => one(client, `bench-alert-${run}-${i + j}`));
        samples.push(...(await Promise.all(batch)));
      }
      return { ...latencyOf(samples), count: samples.length };
    },
  };
}
