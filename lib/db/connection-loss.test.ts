import mysql from "mysql2/promise";
import { describe, expect, it } from "vitest";
import { isConnectionLoss } from "./mysql-errors";

const coded = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(code), { code, ...extra });

describe("isConnectionLoss", () => {
  it("recognises a server that refuses connections, as mysql2 reports it", async () => {
    // Port 1 on loopback: nothing listens, so the connection is refused at once.
    const refused = await mysql.createConnection({ uri: "mysql://nobody:nothing@127.0.0.1:1/none" }).catch((error: unknown) => error);
    expect(isConnectionLoss(refused)).toBe(true);
  });

  it("finds the lost connection wrapped as a cause, as drizzle wraps driver errors", () => {
    const lost = coded("PROTOCOL_CONNECTION_LOST");
    expect(isConnectionLoss(new Error("Failed query: select 1", { cause: lost }))).toBe(true);
    expect(isConnectionLoss(new Error("outer", { cause: new Error("Failed query", { cause: coded("ER_SERVER_SHUTDOWN") }) }))).toBe(true);
  });

  it("counts any error mysql2 marks fatal to its connection", () => {
    expect(isConnectionLoss(coded("ER_SOMETHING_NEW", { fatal: true }))).toBe(true);
  });

  it("does not take a wrong query, a broken rule or a non-error for an outage", () => {
    expect(isConnectionLoss(coded("ER_DUP_ENTRY", { fatal: false }))).toBe(false);
    expect(isConnectionLoss(coded("ER_PARSE_ERROR"))).toBe(false);
    expect(isConnectionLoss(new Error("NEXT_REDIRECT"))).toBe(false);
    expect(isConnectionLoss(null)).toBe(false);
    expect(isConnectionLoss("ECONNREFUSED")).toBe(false);
  });
});
