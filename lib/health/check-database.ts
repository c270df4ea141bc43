import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export type DatabaseHealth = { reachable: true; latencyMs: number } | { reachable: false; error: string };

/** Whether the database answers a trivial query within the time limit. */
export async function checkDatabase(timeoutMs = 2000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const query = getDb().execute(sql`SELECT 1`);
    // Once the time limit has answered, a late failure of the query has no one to tell.
    query.catch(() => {});
    await Promise.race([query, timeout]);
    return { reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { reachable: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
