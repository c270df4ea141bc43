import type mysql from "mysql2/promise";

/**
 * Empties every table but drizzle's migration journal, leaving the schema as migrated.
 * Takes one connection, not a pool: FOREIGN_KEY_CHECKS is per session, so it must be the
 * connection that truncates (a pool's getConnection() gives one).
 */
export async function emptyDatabase(connection: mysql.Connection): Promise<void> {
  const [rows] = await connection.query(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() " +
      "AND table_type = 'BASE TABLE' AND table_name <> '__drizzle_migrations'",
  );
  // TRUNCATE refuses a table that others reference while the checks are on, whatever the order.
  await connection.query("SET FOREIGN_KEY_CHECKS = 0");
  try {
    for (const { name } of rows as { name: string }[]) await connection.query(`TRUNCATE TABLE \`${name}\``);
  } finally {
    // A pooled connection goes back to the pool with the checks on again.
    await connection.query("SET FOREIGN_KEY_CHECKS = 1");
  }
}
