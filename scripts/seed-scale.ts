/**
 * `npm run seed:scale`: a database the size of a busy service, for finding what gets slow.
 * Makes `miwell_scale` afresh (on DATABASE_URL's server, or the private one), migrates it,
 * adds the demo accounts, then thousands of patients with a year of daily check-ins each
 * (db/scale/), and prints what it made and how long each step took.
 */
import { performance } from "node:perf_hooks";
import mysql from "mysql2/promise";
import { hashPassword } from "../lib/auth/password";
import { localDate } from "../lib/moods/local-date";
import { SCALE_ADMIN_EMAIL, SCALE_PASSWORD } from "../db/scale/people";
import { DEFAULT_PLAN } from "../db/scale/plan";
import { seedScale } from "../db/scale/seed-scale";
import { DEMO_PASSWORD, seedDemoData } from "../db/seed";
import { createDatabase } from "./database-url";
import { migrateDatabase } from "./migrate";
import { ensureDatabaseServer } from "./private-db";
import { exitWithError } from "./setup-error";

const DATABASE = "miwell_scale";
const TABLES = ["users", "psychiatrists", "patients", "mood_entries", "entry_replies", "alerts", "mindfulness_tasks", "daily_messages"];

async function main(): Promise<void> {
  const begun = performance.now();
  let last = begun;
  const step = (name: string) => {
    const now = performance.now();
    console.log(`  ${name}: ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
  const plan = DEFAULT_PLAN;
  console.log(`MiWell: seeding ${DATABASE} with ${plan.patients} patients over ${plan.psychiatrists} psychiatrists, ${plan.days} days each.`);

  const server = await ensureDatabaseServer();
  try {
    const url = await createDatabase(server.serverUrl, DATABASE, { fresh: true });
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
      const result = await seedScale(pool, { plan, passwordHash, today: localDate(now, "Europe/London"), log: console.log });
      last = performance.now();

      console.log("\nRows per table:");
      for (const table of TABLES) {
        const [rows] = await pool.query(`SELECT COUNT(*) AS n FROM \`${table}\``);
        console.log(`  ${table.padEnd(18)} ${String((rows as { n: number }[])[0].n).padStart(10)}`);
      }
      const [open] = await pool.query("SELECT COUNT(*) AS n, COUNT(DISTINCT patient_id) AS patients FROM alerts WHERE status = 'open'");
      const { n, patients } = (open as { n: number; patients: number }[])[0];
      console.log(`  (${n} open alerts on ${patients} patients)`);
      console.log(`\nThe ${plan.bigCaseload}-patient psychiatrist: ${result.bigCaseloadEmail}`);
      console.log(`Scale accounts (${SCALE_ADMIN_EMAIL}, scale.psychiatrist.NNN@, scale.patient.NNNNN@example.com): password ${SCALE_PASSWORD}`);
      console.log(`Demo accounts as usual (e.g. psychiatrist@example.com): password ${DEMO_PASSWORD}`);
      console.log(`Database URL: ${url.replace(/\/\/[^@]*@/, "//")}`);
    } finally {
      await pool.end();
    }
  } finally {
    await server.stop();
  }
  console.log(`Total: ${((performance.now() - begun) / 1000).toFixed(1)} s`);
}

main().catch(exitWithError);
