/**
 * The two databases the benchmark compares: the scale database (a year of 5,000 patients; made
 * by `npm run seed:scale`, or here when missing) and the demo data on a database of its own.
 * Each names the people whose screens are measured.
 */
import mysql from "mysql2/promise";
import { patientEmail, psychiatristEmail, SCALE_ADMIN_EMAIL, SCALE_PASSWORD } from "../../db/scale/people";
import { DEMO_PASSWORD, seedDemoData } from "../../db/seed";
import { createDatabase } from "../database-url";
import { migrateDatabase } from "../migrate";
import { existingScaleDatabase, seedScaleDatabase } from "../scale-database";

export type Dataset = {
  name: "large" | "small";
  url: string;
  password: string;
  patient: string;
  /** The patient's psychiatrist: the 500-patient one on the large data. */
  psychiatrist: string;
  admin: string;
};

export async function largeDataset(serverUrl: string): Promise<Dataset> {
  const existing = await existingScaleDatabase(serverUrl);
  // Scale data seeded before the latest migrations is brought up to date, as a deployment's is.
  if (existing) await migrateDatabase(existing);
  const url = existing ?? (await seedScaleDatabase(serverUrl));
  return { name: "large", url, password: SCALE_PASSWORD, patient: patientEmail(0), psychiatrist: psychiatristEmail(0), admin: SCALE_ADMIN_EMAIL };
}

export async function smallDataset(serverUrl: string): Promise<Dataset> {
  const url = await createDatabase(serverUrl, "miwell_bench_small", { fresh: true });
  await migrateDatabase(url);
  await seedDemoData(url);
  return {
    name: "small",
    url,
    password: DEMO_PASSWORD,
    patient: "patient@example.com",
    psychiatrist: "psychiatrist@example.com",
    admin: "admin@example.com",
  };
}

/** A query on the dataset's database, for the ids and people a row needs. */
export async function queryDataset<T>(dataset: Dataset, sql: string, params: unknown[] = []): Promise<T[]> {
  const connection = await mysql.createConnection({ uri: dataset.url, timezone: "Z" });
  try {
    const [rows] = await connection.query(sql, params);
    return rows as T[];
  } finally {
    await connection.end();
  }
}

/**
 * Scale patients who have not checked in on `today` and are not the big caseload's (whose
 * review queue the screens measure): each one's next check-in is a first one, as in real use.
 */
export async function patientsYetToCheckIn(dataset: Dataset, today: string, count: number): Promise<string[]> {
  const rows = await queryDataset<{ email: string }>(
    dataset,
    `SELECT u.email FROM users u JOIN patients p ON p.user_id = u.id
      WHERE u.email LIKE 'scale.patient.%' AND u.status = 'active'
        AND p.psychiatrist_id <> (SELECT id FROM users WHERE email = ?)
        AND NOT EXISTS (SELECT 1 FROM mood_entries e WHERE e.patient_id = u.id AND e.entry_date = ?)
      ORDER BY u.id LIMIT ?`,
    [dataset.psychiatrist, today, count],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} scale patients have not checked in today; run npm run seed:scale again`);
  return rows.map((row) => row.email);
}
