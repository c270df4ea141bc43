import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { TEST_PASSWORD, createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { confirmPassword } from "./confirm-password";
import { ACCOUNT_ATTEMPTS, WINDOW_SECONDS, accountLimitRowKey } from "./rate-limit";

describe("confirmPassword", () => {
  let userId: number;
  let email: string;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    ({ userId, email } = await createPatient());
  });

  const accountCounter = async () => {
    const [row] = await getDb().select().from(rateLimits).where(eq(rateLimits.key, accountLimitRowKey(email)));
    return row;
  };

  it("accepts the account's own password, gives its email, and starts the account's count afresh", async () => {
    await confirmPassword(userId, "not it", "203.0.113.4");
    expect(await accountCounter()).toMatchObject({ points: 1 });
    expect(await confirmPassword(userId, TEST_PASSWORD, "203.0.113.4")).toEqual({ ok: true, email });
    expect(await accountCounter()).toBeUndefined();
  });

  it("refuses a wrong password, counting it against the account like a failed sign-in", async () => {
    expect(await confirmPassword(userId, "a-long-test-passwordX", "203.0.113.4")).toEqual({ ok: false, reason: "wrong" });
    expect(await accountCounter()).toMatchObject({ points: 1 });
  });

  it("locks after 5 tries, even with the right password, and says for how long", async () => {
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) {
      expect(await confirmPassword(userId, `wrong-${i}`, `198.51.100.${i}`)).toEqual({ ok: false, reason: "wrong" });
    }
    const sixth = await confirmPassword(userId, TEST_PASSWORD, "198.51.100.99");
    expect(sixth).toMatchObject({ ok: false, reason: "locked" });
    const wait = sixth.ok || sixth.reason !== "locked" ? 0 : sixth.retryAfterSeconds;
    expect(wait).toBeGreaterThan(WINDOW_SECONDS - 60);
    expect(wait).toBeLessThanOrEqual(WINDOW_SECONDS);
  });

  it("reads an account that does not exist as a wrong password, counting nothing", async () => {
    expect(await confirmPassword(userId + 1000, TEST_PASSWORD, "203.0.113.4")).toEqual({ ok: false, reason: "wrong" });
    expect(await getDb().select().from(rateLimits)).toEqual([]);
  });
});
