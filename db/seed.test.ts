import { count, eq, gte, lt } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { addDays, localDate } from "@/lib/moods/local-date";
import { resetDatabase } from "@/lib/testing/reset-database";
import { getDb } from "./client";
import { alerts, dailyMessages, entryReplies, mindfulnessTasks, moodEntries, patients, users } from "./schema";
import { DEMO_PASSWORD, seedDemoData } from "./seed";
import { SEED_MESSAGES } from "./seed-content/messages";
import { SEED_TASKS } from "./seed-content/tasks";

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

  it("adds the task and message library and 60 days of check-ins ending yesterday, and says so", async () => {
    // Read either side of the seed, so a run across midnight still checks the right window.
    const todayBefore = localDate(new Date(), "Europe/London");
    const lines = (await seedDemoData(process.env.DATABASE_URL!)).join("\n");
    const today = localDate(new Date(), "Europe/London");
    expect(lines).toContain(`${SEED_TASKS.length} mindfulness tasks and ${SEED_MESSAGES.length} daily messages`);
    expect(lines).toContain("60 days of check-ins for every patient, up to yesterday");

    const [tasks] = await getDb().select({ n: count() }).from(mindfulnessTasks);
    const [messages] = await getDb().select({ n: count() }).from(dailyMessages);
    expect([Number(tasks.n), Number(messages.n)]).toEqual([SEED_TASKS.length, SEED_MESSAGES.length]);

    const perPatient = await getDb()
      .select({ patientId: moodEntries.patientId, n: count() })
      .from(moodEntries)
      .groupBy(moodEntries.patientId);
    expect(perPatient).toHaveLength(13);
    for (const p of perPatient) expect(Number(p.n)).toBeGreaterThan(40);
    const [fromToday] = await getDb().select({ n: count() }).from(moodEntries).where(gte(moodEntries.entryDate, today));
    expect(Number(fromToday.n)).toBe(0);
    const [tooOld] = await getDb()
      .select({ n: count() })
      .from(moodEntries)
      .where(lt(moodEntries.entryDate, addDays(todayBefore, -60)));
    expect(Number(tooOld.n)).toBe(0);
    // Every patient checked in yesterday, so the demo's streaks run up to today.
    const [yesterday] = await getDb()
      .select({ n: count() })
      .from(moodEntries)
      .where(eq(moodEntries.entryDate, addDays(today, -1)));
    expect(Number(yesterday.n)).toBe(13);
  });
});

describe("the demo review history", () => {
  beforeEach(resetDatabase);

  it("leaves the last week for review and has replies from each patient's own psychiatrist on older days", async () => {
    const lines = (await seedDemoData(process.env.DATABASE_URL!)).join("\n");
    const weekAgo = addDays(localDate(new Date(), "Europe/London"), -7);
    expect(lines).toMatch(/\d+ older check-ins reviewed \(\d+ with a reply\); the last week waits for review/);
    const entries = await getDb()
      .select({ date: moodEntries.entryDate, reviewedBy: moodEntries.reviewedBy, psychiatristId: patients.psychiatristId })
      .from(moodEntries)
      .innerJoin(patients, eq(patients.userId, moodEntries.patientId));
    for (const e of entries) expect(e.reviewedBy).toBe(e.date < weekAgo ? e.psychiatristId : null);
    const replies = await getDb()
      .select({ authorId: entryReplies.authorId, psychiatristId: patients.psychiatristId, date: moodEntries.entryDate })
      .from(entryReplies)
      .innerJoin(moodEntries, eq(moodEntries.id, entryReplies.entryId))
      .innerJoin(patients, eq(patients.userId, moodEntries.patientId));
    expect(replies.length).toBeGreaterThan(20);
    for (const r of replies) {
      expect(r.authorId).toBe(r.psychiatristId);
      expect(r.date < weekAgo).toBe(true);
    }
  });
});

describe("the demo alert history", () => {
  beforeEach(resetDatabase);

  it("records what the rules raised over the last 30 days, each resolved by the patient's own psychiatrist, none open", async () => {
    const now = new Date();
    const lines = (await seedDemoData(process.env.DATABASE_URL!, now)).join("\n");
    const rows = await getDb()
      .select({ status: alerts.status, rule: alerts.rule, resolvedBy: alerts.resolvedBy, resolvedAt: alerts.resolvedAt, psychiatristId: patients.psychiatristId, entryDate: alerts.entryDate })
      .from(alerts)
      .innerJoin(patients, eq(patients.userId, alerts.patientId));
    expect(lines).toContain(`${rows.length} alerts over the last 30 days, acknowledged and resolved`);
    // Riley's hard spell is certain to trip the low-mood rules.
    expect(rows.some((r) => r.rule === "low_run")).toBe(true);
    const monthAgo = addDays(localDate(now, "Europe/London"), -30);
    for (const r of rows) {
      expect(r.status).toBe("resolved");
      expect(r.resolvedBy).toBe(r.psychiatristId);
      expect(r.resolvedAt!.getTime()).toBeLessThan(now.getTime());
      expect(r.entryDate! >= monthAgo).toBe(true);
    }
  });
});
