// What the matrix reads of the database around each call: a checksum per table (did anything
// change?), one person's rows (did theirs?), and a copy of every table to put back afterwards.
import type { RowDataPacket } from "mysql2";
import { getPool } from "@/db/client";

const COPY = "zz_copy_";
// Written by any attempt, refused or not (the trail and the sign-in throttle): not "data changed".
const BOOKKEEPING = new Set(["audit_log", "rate_limits"]);

async function tableNames(): Promise<string[]> {
  const [rows] = await getPool().query<RowDataPacket[]>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' " +
      "AND table_name <> '__drizzle_migrations' AND table_name NOT LIKE ? ORDER BY table_name",
    [`${COPY}%`],
  );
  return rows.map((r) => String(r.name));
}

export type Checksums = Record<string, string>;

export async function checksums(): Promise<Checksums> {
  const names = await tableNames();
  const [rows] = await getPool().query<RowDataPacket[]>(`CHECKSUM TABLE ${names.map((n) => `\`${n}\``).join(", ")}`);
  return Object.fromEntries(rows.map((r) => [String(r.Table).split(".").pop()!, String(r.Checksum)]));
}

/** The tables whose content differs, bookkeeping left out. */
export function changedTables(before: Checksums, after: Checksums): string[] {
  return Object.keys(after).filter((t) => !BOOKKEEPING.has(t) && before[t] !== after[t]);
}

/** Keeps a copy of every table, to restore after a call that changed things. */
export async function saveCopy(): Promise<Checksums> {
  for (const name of await tableNames()) {
    await getPool().query(`DROP TABLE IF EXISTS \`${COPY}${name}\``);
    await getPool().query(`CREATE TABLE \`${COPY}${name}\` AS SELECT * FROM \`${name}\``);
  }
  return checksums();
}

/** A table's columns but the generated ones, which the server computes and refuses values for. */
async function storedColumns(table: string): Promise<string[]> {
  const [rows] = await getPool().query<RowDataPacket[]>(
    "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? " +
      "AND extra NOT LIKE '%GENERATED%' AND extra NOT LIKE '%PERSISTENT%' ORDER BY ordinal_position",
    [table],
  );
  return rows.map((r) => String(r.name));
}

/** Puts back the tables that differ from the copy (bookkeeping too, so throttles do not build up). */
export async function restoreCopy(saved: Checksums): Promise<void> {
  const now = await checksums();
  const changed = Object.keys(now).filter((t) => now[t] !== saved[t]);
  if (changed.length === 0) return;
  const connection = await getPool().getConnection();
  try {
    await connection.query("SET FOREIGN_KEY_CHECKS = 0");
    for (const name of changed) {
      const columns = (await storedColumns(name)).map((c) => `\`${c}\``).join(", ");
      await connection.query(`DELETE FROM \`${name}\``);
      await connection.query(`INSERT INTO \`${name}\` (${columns}) SELECT ${columns} FROM \`${COPY}${name}\``);
    }
  } finally {
    await connection.query("SET FOREIGN_KEY_CHECKS = 1");
    connection.release();
  }
}

/** Everything stored about one person: their account, patient record, entries, replies to them, alerts and pins. */
export async function rowsOf(userId: number): Promise<string> {
  const queries: [string, unknown[]][] = [
    ["SELECT * FROM users WHERE id = ?", [userId]],
    ["SELECT * FROM patients WHERE user_id = ?", [userId]],
    ["SELECT * FROM psychiatrists WHERE user_id = ?", [userId]],
    ["SELECT * FROM mood_entries WHERE patient_id = ? ORDER BY id", [userId]],
    ["SELECT r.* FROM entry_replies r JOIN mood_entries e ON e.id = r.entry_id WHERE e.patient_id = ? ORDER BY r.id", [userId]],
    ["SELECT * FROM alerts WHERE patient_id = ? ORDER BY id", [userId]],
    ["SELECT * FROM patient_tasks WHERE patient_id = ? ORDER BY task_id", [userId]],
  ];
  const parts: unknown[] = [];
  for (const [sql, params] of queries) parts.push((await getPool().query(sql, params))[0]);
  return JSON.stringify(parts);
}
