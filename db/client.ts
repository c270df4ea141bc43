import { drizzle, type MySql2Database } from "drizzle-orm/mysql2";
import mysql from "mysql2/promise";
import * as schema from "./schema";

export type Database = MySql2Database<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Connection = { pool: mysql.Pool; db: Database; url: string };

// One pool per process; kept on globalThis so hot reloads in development do not leak pools.
const holder = globalThis as unknown as { miwellDb?: Connection };

function connect(url: string): Connection {
  const pool = mysql.createPool({
    uri: url,
    connectionLimit: Number(process.env.DB_POOL_SIZE ?? 10),
    // Dates are stored and read as UTC whatever the server's zone.
    timezone: "Z",
    dateStrings: false,
  });
  return { pool, db: drizzle(pool, { schema, mode: "default" }), url };
}

function connection(): Connection {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start MiWell with `npm start`, or set it yourself.");
  if (!holder.miwellDb || holder.miwellDb.url !== url) holder.miwellDb = connect(url);
  return holder.miwellDb;
}

export function getDb(): Database {
  return connection().db;
}

export function getPool(): mysql.Pool {
  return connection().pool;
}

export function databaseName(): string {
  return new URL(connection().url).pathname.replace(/^\//, "");
}

export async function closeDb(): Promise<void> {
  const current = holder.miwellDb;
  holder.miwellDb = undefined;
  // A connection that already broke has nothing left to close; that is not a failure to report.
  await current?.pool.end().catch(() => {});
}
