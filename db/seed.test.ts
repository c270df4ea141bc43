import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { resetDatabase } from "@/lib/testing/reset-database";
import { getDb } from "./client";
import { patients, users } from "./schema";
import { DEMO_PASSWORD, seedDemoData } from "./seed";

describe("seedDemoData", () => {
  beforeEach(resetDatabase);

  it("creates the demo accounts, spread fairly, and describes them", async () => {
    const lines = await seedDemoData(process.env.DATABASE_URL!);
    expect(lines.join("\n")).toContain("patient@example.com");

    for (const email of ["admin@example.com", "psychiatrist@example.com", "pending.psychiatrist@example.com", "patient@example.com"]) {
      const outcome = await verifySignIn(email, DEMO_PASSWORD, "127.0.0.1");
      expect(outcome.ok, email).toBe(true);
    }
    const [pending] = await getDb().select().from(users).where(eq(users.email, "pending.psychiatrist@example.com"));
    expect(pending.status).toBe("pending");

    const [doc] = await getDb().select().from(users).where(eq(users.email, "psychiatrist@example.com"));
    const [riley] = await getDb()
      .select({ psychiatristId: patients.psychiatristId })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .where(eq(users.email, "patient@example.com"));
    expect(riley.psychiatristId).toBe(doc.id);

    const loads = await getDb().select({ n: count() }).from(patients).groupBy(patients.psychiatristId);
    const sizes = loads.map((l) => Number(l.n));
    expect(sizes).toHaveLength(3);
    expect(sizes.reduce((a, b) => a + b)).toBe(13);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
});
