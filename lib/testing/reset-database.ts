import { getPool } from "@/db/client";
import { emptyDatabase } from "@/db/reset";

/** Empties every table but the migration journal, so each test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  const connection = await getPool().getConnection();
  try {
    await emptyDatabase(connection);
  } finally {
    connection.release();
  }
}
