import mysql from "mysql2/promise";

// Database names are interpolated into DDL, so only plain identifiers are accepted.
const DATABASE_NAME = /^[A-Za-z0-9_]{1,64}$/;

/** The URL of database `name` on the server at `serverUrl` (user, password and options kept). */
export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The server part of a database URL: the same URL without its database path. */
export function withoutDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "";
  return url.toString().replace(/\/(?=\?|$)/, "");
}

/** The database named in a URL's path, or undefined when it names none. */
export function databaseNameOf(databaseUrl: string): string | undefined {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ""));
  return name || undefined;
}

/**
 * Creates database `name` (utf8mb4) unless it exists; `fresh` drops it first.
 * Returns the database's URL.
 */
export async function createDatabase(
  serverUrl: string,
  name: string,
  options: { fresh?: boolean } = {},
): Promise<string> {
  if (!DATABASE_NAME.test(name)) throw new Error(`Invalid database name: ${JSON.stringify(name)}`);
  const databaseUrl = withDatabase(serverUrl, name);
  const connection = await mysql.createConnection({ uri: serverUrl });
  try {
    if (options.fresh) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } catch (error) {
    // A hosted DATABASE_URL often grants one existing database and no CREATE: that is fine.
    if (options.fresh || !isAccessDenied(error) || !(await canConnect(databaseUrl))) throw error;
  } finally {
    await connection.end();
  }
  return databaseUrl;
}

function isAccessDenied(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ER_DBACCESS_DENIED_ERROR" || code === "ER_ACCESS_DENIED_ERROR";
}

async function canConnect(databaseUrl: string): Promise<boolean> {
  try {
    const connection = await mysql.createConnection({ uri: databaseUrl });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}
