import { getPool } from "@/db/client";

/** Empties every table but the migration journal, so each test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  const connection = await getPool().getConnection();
  try {
    const [rows] = await connection.query(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name <> '__drizzle_migrations'",
    );
    await connection.query("SET FOREIGN_KEY_CHECKS = 0");
    for (const { name } of rows as { name: string }[]) await connection.query(`TRUNCATE TABLE \`${name}\``);
    await connection.query("SET FOREIGN_KEY_CHECKS = 1");
  } finally {
    connection.release();
  }
}
