import { describe, expect, it } from "vitest";
import { getPool } from "@/db/client";
import { addDays } from "@/lib/moods/local-date";
import { resetDatabase } from "@/lib/testing/reset-database";
import { psychiatristEmail } from "./people";
import { DEFAULT_PLAN, type ScalePlan } from "./plan";
import { seedScale } from "./seed-scale";

const PLAN: ScalePlan = { ...DEFAULT_PLAN, psychiatrists: 3, patients: 20, bigCaseload: 10, days: 10, alertShare: 0.2, batchSize: 7 };
const TODAY = "2025-03-15";

async function rows<T>(sql: string): Promise<T[]> {
  const [result] = await getPool().query(sql);
  return result as T[];
}
const one = async (sql: string) => Number(Object.values((await rows<Record<string, unknown>>(sql))[0])[0]);

describe("seedScale", () => {
  it("makes a small plan's people and check-ins, consistent with each other", async () => {
    await resetDatabase();
    // Rows already there (the demo accounts, in real use) are kept and new ids follow them.
    await getPool().query("INSERT INTO users (id, email, password_hash, role, first_name, last_name, phone, timezone) VALUES (40, 'x@example.com', 'x', 'admin', 'X', 'Y', '+441', 'Europe/London')");
    const result = await seedScale(getPool(), { plan: PLAN, passwordHash: "shared-hash", today: TODAY });

    expect(result.bigCaseloadEmail).toBe(psychiatristEmail(0));
    expect(await one("SELECT COUNT(*) FROM users")).toBe(1 + 1 + 3 + 20);
    expect(await one("SELECT MIN(id) FROM users WHERE email LIKE 'scale.%'")).toBe(41);
    expect(await one("SELECT COUNT(DISTINCT password_hash) FROM users WHERE email LIKE 'scale.%'")).toBe(1);
    expect(await one("SELECT COUNT(*) FROM psychiatrists")).toBe(3);
    expect(await one("SELECT COUNT(*) FROM patients")).toBe(20);

    // Every patient has a psychiatrist, and the big caseload is the largest.
    expect(await one("SELECT COUNT(*) FROM patients p LEFT JOIN psychiatrists s ON s.user_id = p.psychiatrist_id WHERE s.user_id IS NULL")).toBe(0);
    const loads = await rows<{ email: string; n: number }>(
      "SELECT u.email, COUNT(*) AS n FROM patients p JOIN users u ON u.id = p.psychiatrist_id GROUP BY u.email ORDER BY n DESC",
    );
    expect(loads[0]).toEqual({ email: psychiatristEmail(0), n: 10 });
    expect(loads.slice(1).map((l) => Number(l.n))).toEqual([5, 5]);

    // One entry per patient per day at most, all within the ten days before today, nearly every day.
    const entries = await one("SELECT COUNT(*) FROM mood_entries");
    expect(entries).toBe(result.inserted.mood_entries);
    expect(entries).toBeGreaterThan(20 * 10 * 0.9);
    expect(await one("SELECT COUNT(*) FROM (SELECT 1 FROM mood_entries GROUP BY patient_id, entry_date HAVING COUNT(*) > 1) d")).toBe(0);
    expect(await one(`SELECT COUNT(*) FROM mood_entries WHERE entry_date < '${addDays(TODAY, -10)}' OR entry_date >= '${TODAY}'`)).toBe(0);
    expect(await one("SELECT COUNT(*) FROM mood_entries WHERE mood NOT BETWEEN 1 AND 7")).toBe(0);
    // Reviews only by the patient's own psychiatrist, and never in the last week.
    expect(await one("SELECT COUNT(*) FROM mood_entries e JOIN patients p ON p.user_id = e.patient_id WHERE e.reviewed_by <> p.psychiatrist_id")).toBe(0);
    expect(await one(`SELECT COUNT(*) FROM mood_entries WHERE reviewed_at IS NOT NULL AND entry_date >= '${addDays(TODAY, -7)}'`)).toBe(0);

    // Replies only on existing, reviewed entries, by the patient's psychiatrist.
    expect(await one("SELECT COUNT(*) FROM entry_replies")).toBe(result.inserted.entry_replies ?? 0);
    expect(
      await one("SELECT COUNT(*) FROM entry_replies r LEFT JOIN mood_entries e ON e.id = r.entry_id WHERE e.id IS NULL OR e.reviewed_by IS NULL OR r.author_id <> e.reviewed_by"),
    ).toBe(0);

    // Open alerts on every fifth patient, each a copy of the entry that raised it.
    const alerted = await rows<{ patient_id: number }>("SELECT DISTINCT patient_id FROM alerts WHERE status = 'open'");
    expect(alerted).toHaveLength(4);
    expect(
      await one("SELECT COUNT(*) FROM alerts a JOIN mood_entries e ON e.id = a.entry_id WHERE a.patient_id = e.patient_id AND a.mood = e.mood AND a.note <=> e.note AND a.entry_date = e.entry_date AND e.mood <= 2"),
    ).toBe(await one("SELECT COUNT(*) FROM alerts"));

    // A psychiatrist's record views name only their own patients; every day has its trail.
    expect(
      await one("SELECT COUNT(*) FROM audit_log a JOIN patients p ON p.user_id = a.patient_id WHERE a.action = 'patient.view' AND a.actor_id <> p.psychiatrist_id"),
    ).toBe(0);
    expect(await one("SELECT COUNT(DISTINCT DATE(at)) FROM audit_log")).toBe(10);
    expect(await one("SELECT COUNT(*) FROM audit_log WHERE action = 'patient.view'")).toBe(3 * 8 * 10);
    expect(await one("SELECT COUNT(*) FROM audit_log")).toBe(result.inserted.audit_log);

    // The bulk load's session settings were put back before its connections were returned.
    expect(await one("SELECT @@SESSION.foreign_key_checks")).toBe(1);
  });

  it("finishes when its connections deadlock one another, with every row stored once", async () => {
    // Four connections inserting small batches into the same tables deadlock now and then (about
    // one load in seven here); the statement InnoDB rolls back must be sent again, not lost.
    for (let load = 0; load < 20; load++) {
      await resetDatabase();
      const result = await seedScale(getPool(), { plan: PLAN, passwordHash: "h", today: TODAY, connections: 4 });
      expect(await one("SELECT COUNT(*) FROM mood_entries")).toBe(result.inserted.mood_entries);
      expect(await one("SELECT COUNT(*) FROM alerts")).toBe(result.inserted.alerts);
    }
  });
});
