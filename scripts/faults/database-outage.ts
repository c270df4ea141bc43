/**
 * Fault 1: the database stops for OUTAGE_MS while patients check in and read their journal, then
 * comes back. During the outage pages fail without showing internals and check-ins get the
 * form's try-again message; soon after, both work again in the same app process; and every
 * check-in that was answered "saved" is in the database.
 */
import { sleep } from "../processes";
import { startAppServer } from "../http/app-server";
import type { FaultsDatabase } from "./faults-database";
import { checkIn, signInPatients, storedNotes, type CheckInOutcome } from "./patient-clients";
import { seedWithPatients } from "./patients";
import { check, showsInternals, type Check } from "./report";

const FAULT = "1 database outage";
const PATIENTS = 24;
const OUTAGE_MS = 10_000;
const STEADY_MS = 5_000;
/** How soon after the database is back every answer must be normal again. */
const RECOVERY_LIMIT_MS = 5_000;

type Observation = { kind: "check-in" | "page"; start: number; end: number; ok: boolean; outcome: string; internals: boolean };

export async function databaseOutage(database: FaultsDatabase, authSecret: string): Promise<Check[]> {
  const url = await database.create("miwell_faults_outage");
  const emails = await seedWithPatients(url, PATIENTS, "outage");
  const app = await startAppServer("outage", { DATABASE_URL: url, AUTH_SECRET: authSecret });
  try {
    const clients = await signInPatients(app.baseUrl, emails);
    const observations: Observation[] = [];
    const saved = new Map<string, string[]>();
    let running = true;
    const t0 = performance.now();
    const now = () => performance.now() - t0;

    const drive = async (client: (typeof clients)[number]) => {
      for (let n = 0; running; n++) {
        const note = `outage ${client.email} #${n}`;
        let start = now();
        const { outcome, answer } = await checkIn(client, note).catch(() => ({ outcome: "no answer" as CheckInOutcome | "no answer", answer: { body: "" } }));
        observations.push({ kind: "check-in", start, end: now(), ok: outcome === "saved", outcome, internals: showsInternals(answer.body) });
        if (outcome === "saved") saved.set(client.email, [...(saved.get(client.email) ?? []), note]);
        start = now();
        const page = await client.session.get("/journal").catch(() => ({ status: 0, body: "" }));
        observations.push({ kind: "page", start, end: now(), ok: page.status === 200, outcome: `HTTP ${page.status}`, internals: showsInternals(page.body) });
        await sleep(100);
      }
    };
    const load = Promise.all(clients.map(drive));

    await sleep(STEADY_MS);
    await database.stop();
    const down = now();
    await sleep(OUTAGE_MS);
    const restarting = now();
    await database.start();
    const up = now();
    await sleep(STEADY_MS + RECOVERY_LIMIT_MS);
    running = false;
    await load;

    const before = observations.filter((o) => o.end < down - 1000);
    const during = observations.filter((o) => o.start > down && o.end < restarting);
    const after = observations.filter((o) => o.start > up + RECOVERY_LIMIT_MS);
    const lastFailure = Math.max(up, ...observations.filter((o) => !o.ok && o.start > up).map((o) => o.end));
    const count = (list: Observation[], kind: Observation["kind"], outcome?: string) =>
      list.filter((o) => o.kind === kind && (outcome === undefined || o.outcome === outcome)).length;
    const outcomes = (list: Observation[], kind: Observation["kind"]) => {
      const tally = new Map<string, number>();
      for (const o of list) if (o.kind === kind) tally.set(o.outcome, (tally.get(o.outcome) ?? 0) + 1);
      return [...tally].map(([outcome, n]) => `${outcome} ${n}`).join(", ") || "none";
    };

    const stored = await storedNotes(url);
    const lost = [...saved].flatMap(([email, notes]) => notes.filter((note) => !stored.get(email)?.all.has(note)));
    const savedCount = [...saved.values()].reduce((sum, notes) => sum + notes.length, 0);

    return [
      check(FAULT, "works before the outage", before.length > 0 && before.every((o) => o.ok), `${before.length} answers: check-ins ${outcomes(before, "check-in")}; pages ${outcomes(before, "page")}`),
      check(FAULT, "check-ins during it say try again", count(during, "check-in") > 0 && count(during, "check-in", "try again") === count(during, "check-in"), outcomes(during, "check-in")),
      check(FAULT, "pages during it fail cleanly", count(during, "page") > 0 && during.every((o) => o.kind !== "page" || (!o.ok && o.outcome !== "HTTP 0")), outcomes(during, "page")),
      check(FAULT, "no answer shows internals", observations.length > 0 && observations.every((o) => !o.internals), `${observations.filter((o) => o.internals).length} of ${observations.length} answers show a stack trace or SQL`),
      check(FAULT, "recovers without a restart", app.alive() && after.length > 0 && after.every((o) => o.ok), `all answers normal ${((lastFailure - up) / 1000).toFixed(1)} s after the database was back (limit ${RECOVERY_LIMIT_MS / 1000} s); same app process: ${app.alive()}`),
      check(FAULT, "every saved check-in is stored", savedCount > 0 && lost.length === 0, `${savedCount} answered saved, ${lost.length} missing${lost.length ? `: ${lost.slice(0, 3).join("; ")}` : ""}`),
    ];
  } catch (error) {
    console.error(app.logTail());
    throw error;
  } finally {
    await app.stop();
  }
}
