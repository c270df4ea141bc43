type ErrorLike = { name?: unknown; message?: unknown; code?: unknown; errno?: unknown; sqlState?: unknown; query?: unknown; params?: unknown; cause?: unknown; stack?: unknown };

const isObject = (value: unknown): value is ErrorLike => typeof value === "object" && value !== null;

// What a failed query says about the data in it: drizzle's message carries the query's parameters
// (a patient's note, an email address) and MySQL's can quote a value ("Duplicate entry '…'").
const carriesData = (e: ErrorLike) => "params" in e || "sqlState" in e || "errno" in e;

function describeOne(e: ErrorLike): string {
  const parts = [typeof e.name === "string" ? e.name : "Error"];
  if (e.code !== undefined) parts.push(`code=${String(e.code)}`);
  if (e.errno !== undefined) parts.push(`errno=${String(e.errno)}`);
  if (typeof e.query === "string") parts.push(`query=${e.query.replace(/\s+/g, " ").slice(0, 300)}`);
  if (!carriesData(e) && typeof e.message === "string") parts.push(e.message);
  return parts.join(" ");
}

/**
 * An error as the server's log may keep it: what failed and where, never the values a person
 * typed. Query parameters and the messages that quote them are left out; the SQL with its
 * placeholders, error codes and the stack's frames are kept, for each error in the cause chain.
 */
export function describeError(error: unknown): string {
  if (!isObject(error)) return `thrown: ${typeof error}`;
  const chain: string[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 6 && isObject(e); depth++, e = e.cause) chain.push(describeOne(e));
  // A stack opens with the message (over several lines for a query); only its frames name code alone.
  const frames = typeof error.stack === "string" ? error.stack.split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 7).join("\n") : "";
  return [chain.join(" <- caused by: "), frames].filter(Boolean).join("\n");
}
