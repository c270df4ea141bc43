// MariaDB names the key as `for key 'index'`, MySQL 8 as `for key 'table.index'`. The duplicated
// value comes earlier in the message, so only the key's own name is compared.
const KEY_NAME = /for key '(?:[^']*\.)?([^'.]+)'\s*$/;

/** True when an error (or one it wraps) is MySQL's duplicate-key error on the named unique index. */
export function isDuplicateKey(error: unknown, indexName: string): boolean {
  // Bounded, so an error whose cause points back at itself cannot loop forever.
  let e = error;
  for (let depth = 0; depth < 8 && isRecord(e); depth++, e = e.cause) {
    if (e.code === "ER_DUP_ENTRY") return KEY_NAME.exec(String(e.sqlMessage ?? e.message))?.[1] === indexName;
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** True when MySQL chose this transaction as a deadlock victim: running it again is safe. */
export function isDeadlock(error: unknown): boolean {
  let e = error;
  for (let depth = 0; depth < 8 && isRecord(e); depth++, e = e.cause) {
    if (e.code === "ER_LOCK_DEADLOCK") return true;
  }
  return false;
}

// How mysql2 reports a server it cannot reach or that went away mid-query; it also marks every
// error that ends its connection `fatal`.
const CONNECTION_LOST = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "PROTOCOL_CONNECTION_LOST",
  "ER_SERVER_SHUTDOWN",
  "ER_CONNECTION_KILLED",
]);

/** True when an error (or one it wraps) says the database could not be reached, not that a query was wrong. */
export function isConnectionLoss(error: unknown): boolean {
  let e = error;
  for (let depth = 0; depth < 8 && isRecord(e); depth++, e = e.cause) {
    if (e.fatal === true || CONNECTION_LOST.has(String(e.code))) return true;
  }
  return false;
}
