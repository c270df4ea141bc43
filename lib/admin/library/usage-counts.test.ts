import { beforeEach, describe, expect, it } from "vitest";
import { getTableConfig, MySqlDialect } from "drizzle-orm/mysql-core";
import { getDb, getPool } from "@/db/client";
import { moodEntries, patientTasks } from "@/db/schema";
import { addDays } from "@/lib/moods/local-date";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { pinnedFor, shownOn } from "@/lib/testing/library-history";
import { resetDatabase } from "@/lib/testing/reset-database";
import { USAGE_COUNT_LIMIT, usageText } from "./library-view";
import { boundedCountsSql, usageOf } from "./usage-counts";

describe("how often library items were given", () => {
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patient = (await createPatient()).userId;
  });

  it("counts showings and pins per item, and nothing for an item never given", async () => {
    const [a, b, c] = [await createTask("low"), await createTask("low"), await createTask("low")];
    const other = (await createPatient()).userId;
    await shownOn(patient, "2026-01-01", { taskId: a });
    await shownOn(patient, "2026-01-02", { taskId: a });
    await shownOn(other, "2026-01-02", { taskId: b });
    await pinnedFor(patient, b);
    await pinnedFor(other, b);

    const usage = await usageOf(getDb(), "task", [a, b, c]);
    expect(Object.fromEntries(usage)).toEqual({ [a]: { shown: 2, pinned: 0 }, [b]: { shown: 1, pinned: 2 }, [c]: { shown: 0, pinned: 0 } });
    expect(await usageOf(getDb(), "task", [])).toEqual(new Map());
  });

  it("never counts a message as pinned", async () => {
    const message = await createMessage();
    await shownOn(patient, "2026-01-01", { messageId: message });
    expect(await usageOf(getDb(), "message", [message])).toEqual(new Map([[message, { shown: 1, pinned: 0 }]]));
  });

  it("stops counting past the limit, so a long-shown item costs no more to list", async () => {
    const [popular, rare] = [await createMessage("Shown every day for years"), await createMessage("Shown once")];
    const days = Array.from({ length: USAGE_COUNT_LIMIT + 50 }, (_, n) => addDays("1990-01-01", n));
    for (let from = 0; from < days.length; from += 2000) {
      await getDb()
        .insert(moodEntries)
        .values(days.slice(from, from + 2000).map((entryDate) => ({ patientId: patient, entryDate, mood: 5, messageId: popular })));
    }
    await shownOn(patient, "2030-01-01", { messageId: rare });

    const usage = await usageOf(getDb(), "message", [popular, rare]);
    expect(usage.get(popular)).toEqual({ shown: USAGE_COUNT_LIMIT + 1, pinned: 0 });
    expect(usageText(usage.get(popular)!)).toBe("Shown 10,000+ times");
    expect(usage.get(rare)).toEqual({ shown: 1, pinned: 0 });
  });

  it("reads each count along the column's index, never the whole table", async () => {
    const task = await createTask("middle");
    for (const column of [moodEntries.taskId, moodEntries.messageId, patientTasks.taskId]) {
      const query = new MySqlDialect().sqlToQuery(boundedCountsSql(column, [task, task + 1]));
      const [plan] = await getPool().query(`EXPLAIN ${query.sql}`, query.params);
      const reads = (plan as { table: string; type: string; key: string | null }[]).filter((step) => step.table === getTableConfig(column.table).name);
      expect(reads).toHaveLength(2);
      for (const read of reads) expect(read, JSON.stringify(read)).toMatchObject({ type: "ref", key: expect.any(String) });
    }
  });
});
