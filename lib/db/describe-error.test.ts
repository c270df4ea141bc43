import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { resetDatabase } from "@/lib/testing/reset-database";
import { describeError } from "./describe-error";

describe("describeError", () => {
  beforeEach(resetDatabase);

  it("keeps a failed query's SQL and codes but none of the values in it", async () => {
    const note = "I have been feeling very low since my mum died";
    const failed = await getDb()
      .execute(sql`select ${note} as note from no_such_table`)
      .catch((error: unknown) => error);
    expect(String((failed as Error).message)).toContain(note);
    const logged = describeError(failed);
    expect(logged).not.toContain(note);
    expect(logged).toMatch(/query=select \? as note from no_such_table/);
    expect(logged).toMatch(/code=ER_NO_SUCH_TABLE/);
    expect(logged).toMatch(/\n\s+at /);
  });

  it("leaves out the value MySQL quotes when it refuses a duplicate", async () => {
    const row = { email: "riley.private@example.com", passwordHash: "x", role: "admin" as const, firstName: "R", lastName: "J", phone: "+442079460000", timezone: "Europe/London" };
    await getDb().insert(users).values(row);
    const failed = await getDb()
      .insert(users)
      .values(row)
      .catch((error: unknown) => error);
    const logged = describeError(failed);
    expect(logged).not.toContain("riley.private");
    expect(logged).toContain("ER_DUP_ENTRY");
  });

  it("keeps the message of an error that is not about a query", () => {
    expect(describeError(new TypeError("x.map is not a function"))).toMatch(/^TypeError x\.map is not a function\n/);
    expect(describeError("a string")).toBe("thrown: string");
  });
});
