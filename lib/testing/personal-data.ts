// A search of the whole database for what would identify a person or tell their story: every
// text-like column of every table, as information_schema lists them, so a column added later is
// searched without anyone remembering to add it here.
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** Where a marker was found: `rows` rows of `table.column` contain it. */
export type PersonalDataHit = { table: string; column: string; marker: string; rows: number };

// char/varchar/text of every size, JSON (a longtext in MariaDB), enum and set.
const TEXT_TYPES = ["char", "varchar", "tinytext", "text", "mediumtext", "longtext", "json", "enum", "set"];

/** The text-like columns of every table in this database, as "table.column". */
export async function textColumns(): Promise<{ table: string; column: string }[]> {
  const [rows] = await getDb().execute(
    sql`select table_name as t, column_name as c from information_schema.columns
        where table_schema = database() and data_type in (${sql.join(
          TEXT_TYPES.map((type) => sql`${type}`),
          sql`, `,
        )})
        order by table_name, ordinal_position`,
  );
  return (rows as unknown as { t: string; c: string }[]).map((r) => ({ table: r.t, column: r.c }));
}

/**
 * Every place any of `markers` appears (as a case-insensitive substring) in any text-like column
 * of any table; empty when none does. One query per column, counting each marker at once.
 */
export async function findPersonalData(markers: readonly string[]): Promise<PersonalDataHit[]> {
  if (markers.length === 0) throw new Error("give at least one marker to search for");
  const hits: PersonalDataHit[] = [];
  for (const { table, column } of await textColumns()) {
    const value = sql`lower(cast(${sql.identifier(column)} as char))`;
    const counts = markers.map((marker, i) => sql`sum(locate(${marker.toLowerCase()}, ${value}) > 0) as ${sql.identifier(`m${i}`)}`);
    const [[row]] = (await getDb().execute(sql`select ${sql.join(counts, sql`, `)} from ${sql.identifier(table)}`)) as unknown as [Record<string, string | number | null>[]];
    markers.forEach((marker, i) => {
      const rows = Number(row[`m${i}`] ?? 0);
      if (rows > 0) hits.push({ table, column, marker, rows });
    });
  }
  return hits;
}
