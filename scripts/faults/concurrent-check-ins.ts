/**
 * Fault 3: PATIENTS patients check in at once, each saving again as soon as answered, for
 * DURATION_MS. Every answer must be "saved", and each patient's entry must hold the last note
 * answered saved, with every earlier one kept among its revisions.
 */
import { startAppServer } from "../http/app-server";
import type { FaultsDatabase } from "./faults-database";
import { checkIn, signInPatients, storedNotes } from "./patient-clients";
import { seedWithPatients } from "./patients";
import { check, latencySummary, type Check } from "./report";

const FAULT = "3 concurrent check-ins";
const PATIENTS = 200;
const DURATION_MS = 60_000;

export async function concurrentCheckIns(database: FaultsDatabase, authSecret: string): Promise<Check[]> {
  const url = await database.create("miwell_faults_load");
  const emails = await seedWithPatients(url, PATIENTS, "load");
  const app = await startAppServer("load", { DATABASE_URL: url, AUTH_SECRET: authSecret });
  try {
    // Under this load an answer can take seconds; only a much longer wait is a failure.
    const clients = await signInPatients(app.baseUrl, emails, { timeoutMs: 120_000 });
    const saved = new Map<string, string[]>();
    const failures: string[] = [];
    const latencies: number[] = [];
    const started = performance.now();
    const deadline = started + DURATION_MS;

    await Promise.all(
      clients.map(async (client) => {
        for (let n = 0; performance.now() < deadline; n++) {
          const note = `load ${client.email} #${n}`;
          try {
            const { outcome, answer } = await checkIn(client, note);
            latencies.push(answer.ms);
            if (outcome === "saved") saved.set(client.email, [...(saved.get(client.email) ?? []), note]);
            else failures.push(`${outcome} (HTTP ${answer.status})`);
          } catch (error) {
            failures.push((error as Error).message);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const stored = await storedNotes(url);
    const savedCount = [...saved.values()].reduce((sum, notes) => sum + notes.length, 0);
    const wrongLast = emails.filter((email) => stored.get(email)?.current !== saved.get(email)?.at(-1));
    const lost = [...saved].flatMap(([email, notes]) => notes.filter((note) => !stored.get(email)?.all.has(note)));

    return [
      check(FAULT, "no error answers", failures.length === 0 && savedCount > 0, `${savedCount} saved, ${failures.length} not${failures.length ? `: ${failures.slice(0, 3).join("; ")}` : ""}`),
      check(FAULT, "each patient's last save is their entry", wrongLast.length === 0, `${PATIENTS - wrongLast.length} of ${PATIENTS} patients`),
      check(FAULT, "every save is kept", lost.length === 0, `${lost.length} of ${savedCount} saved notes missing from entries and revisions`),
      check(FAULT, "throughput (reported)", true, `${(savedCount / seconds).toFixed(1)} check-ins/s over ${seconds.toFixed(0)} s; latency ${latencySummary(latencies)}`),
    ];
  } catch (error) {
    console.error(app.logTail());
    throw error;
  } finally {
    await app.stop();
  }
}
