/**
 * The scale database, `miwell_scale`: made afresh on a server, migrated, given the demo accounts
 * and then thousands of patients with a year of daily check-ins each (db/scale/). Used by
 * `npm run seed:scale` and by `npm run bench` when the database is missing.
 */
import { performance } from "node:perf_hooks";
import mysql from "mysql2/promise";
import { hashPassword } from "../lib/auth/password";
import { localDate } from "../lib/moods/local-date";
import { SCALE_ADMIN_EMAIL, SCALE_PASSWORD } from "../db/scale/people";
import { DEFAULT_PLAN } from "../db/scale/plan";
import { seedScale } from "../db/scale/seed-scale";
import { DEMO_PASSWORD, seedDemoData } from "../db/seed";
import { createDatabase, withDatabase } from "./database-url";
import { migrateDatabase } from "./migrate";

export const SCALE_DATABASE = "miwell_scale";
const TABLES = ["users", "psychiatrists", "patients", "mood_entries", "entry_replies", "alerts", "audit_log", "mindfulness_tasks", "daily_messages"];

/** Makes the scale database on `serverUrl` and returns its URL, printing each step's time and what it holds. */
export async function seedScaleDatabase(serverUrl: string, log: (line: string) => void = console.log): Promise<string> {
  const begun = performance.now();
  let last = begun;
  const step = (name: string) => {
    const now = performance.now();
    log(`  ${name}: ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
  const plan = DEFAULT_PLAN;
  log(`MiWell: seeding ${SCALE_DATABASE} with ${plan.patients} patients over ${plan.psychiatrists} psychiatrists, ${plan.days} days each.`);
  const url = await createDatabase(serverUrl, SCALE_DATABASE, { fresh: true });
  await migrateDatabase(url);
  step("fresh database, migrated");

  const now = new Date();
  await seedDemoData(url, now);
  step("demo accounts");

  // One hash for every scale account: argon2 is deliberately slow, thousands would take minutes.
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  step("password hash");

  const pool = mysql.createPool({ uri: url, connectionLimit: 3, timezone: "Z" });
  try {
    const result = await seedScale(pool, { plan, passwordHash, today: localDate(now, "Europe/London"), log });
    log("\nRows per table:");
    for (const table of TABLES) {
      const [rows] = await pool.query(`SELECT COUNT(*) AS n FROM \`${table}\``);
      log(`  ${table.padEnd(18)} ${String((rows as { n: number }[])[0].n).padStart(10)}`);
    }
    const [open] = await pool.query("SELECT COUNT(*) AS n, COUNT(DISTINCT patient_id) AS patients FROM alerts WHERE status = 'open'");
    const { n, patients } = (open as { n: number; patients: number }[])[0];
    log(`  (${n} open alerts on ${patients} patients)`);
    log(`\nThe ${plan.bigCaseload}-patient psychiatrist: ${result.bigCaseloadEmail}`);
    log(`Scale accounts (${SCALE_ADMIN_EMAIL}, scale.psychiatrist.NNN@, scale.patient.NNNNN@example.com): password ${SCALE_PASSWORD}`);
    log(`Demo accounts as usual (e.g. psychiatrist@example.com): password ${DEMO_PASSWORD}`);
    log(`Database URL: ${url.replace(/\/\/[^@]*@/, "//")}`);
  } finally {
    await pool.end();
  }
  log(`Total: ${((performance.now() - begun) / 1000).toFixed(1)} s`);
  return url;
}

/** The scale database's URL on `serverUrl` when it was seeded to the end, else undefined. */
export async function existingScaleDatabase(serverUrl: string): Promise<string | undefined> {
  const url = withDatabase(serverUrl, SCALE_DATABASE);
  const connection = await mysql.createConnection({ uri: serverUrl });
  try {
    const [tables] = await connection.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ? AND table_name = 'users'", [SCALE_DATABASE]);
    if (Number((tables as { n: number }[])[0].n) === 0) return undefined;
    // ANALYZE is the seed's last step; a seed cut short leaves fewer patients than planned.
    const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM \`${SCALE_DATABASE}\`.patients`);
    return Number((rows as { n: number }[])[0].n) >= DEFAULT_PLAN.patients ? url : undefined;
  } finally {
    await connection.end();
  }
}
