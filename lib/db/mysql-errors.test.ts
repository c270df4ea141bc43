import { describe, expect, it } from "vitest";
import { isDuplicateKey } from "./mysql-errors";

const INDEX = "users_email_key_unique";

/** Shaped like mysql2's error for a duplicate key. */
function mysqlError(code: string, sqlMessage?: string, message = sqlMessage ?? "query failed") {
  return Object.assign(new Error(message), { code, errno: 1062, ...(sqlMessage === undefined ? {} : { sqlMessage }) });
}

const duplicateEmail = () =>
  mysqlError("ER_DUP_ENTRY", `Duplicate entry 'ann@example.com' for key 'users.${INDEX}'`);

describe("isDuplicateKey", () => {
  it("recognises the duplicate-key error on the named index", () => {
    expect(isDuplicateKey(duplicateEmail(), INDEX)).toBe(true);
  });

  it("finds it wrapped once or twice as a cause, as drizzle wraps driver errors", () => {
    const once = new Error("Failed query: insert into users ...", { cause: duplicateEmail() });
    const twice = new Error("transaction failed", { cause: once });
    expect(isDuplicateKey(once, INDEX)).toBe(true);
    expect(isDuplicateKey(twice, INDEX)).toBe(true);
  });

  it("accepts a plain error-like object, and falls back to message when there is no sqlMessage", () => {
    expect(isDuplicateKey({ code: "ER_DUP_ENTRY", sqlMessage: `for key '${INDEX}'` }, INDEX)).toBe(true);
    expect(isDuplicateKey(mysqlError("ER_DUP_ENTRY", undefined, `Duplicate entry for key '${INDEX}'`), INDEX)).toBe(true);
  });

  it("is false for a duplicate on another index", () => {
    const other = mysqlError(
      "ER_DUP_ENTRY",
      "Duplicate entry '012345' for key 'psychiatrists.psychiatrists_registration_number_unique'",
    );
    expect(isDuplicateKey(other, INDEX)).toBe(false);
    expect(isDuplicateKey(new Error("wrapped", { cause: other }), INDEX)).toBe(false);
    expect(isDuplicateKey(duplicateEmail(), "psychiatrists_registration_number_unique")).toBe(false);
  });

  it("is false for another MySQL error that mentions the index", () => {
    expect(isDuplicateKey(mysqlError("ER_NO_SUCH_TABLE", `Table for ${INDEX} doesn't exist`), INDEX)).toBe(false);
    expect(isDuplicateKey(new Error(`Duplicate entry for key '${INDEX}'`), INDEX)).toBe(false);
  });

  it("is false for a wrapper whose causes never reach a duplicate-key error", () => {
    expect(isDuplicateKey(new Error("outer", { cause: new Error("inner", { cause: "text" }) }), INDEX)).toBe(false);
  });

  it.each([null, undefined, "ER_DUP_ENTRY users_email_key_unique", 1062, true])("is false for %j", (value) => {
    expect(isDuplicateKey(value, INDEX)).toBe(false);
  });
});
