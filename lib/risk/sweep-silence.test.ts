import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alerts, emailOutbox } from "@/db/schema";
import { addDays } from "@/lib/moods/local-date";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry } from "@/lib/testing/review";
import { sweepSilence } from "./sweep-silence";

const NOW = new Date("2026-06-20T12:00:00Z");

/** Daily entries on the days `from`..`to` before 20 June (inclusive, counted back from it). */
async function checkIns(patientId: number, from: number, to: number) {
  for (let back = from; back >= to; back--) await addEntry(patientId, addDays("2026-06-20", -back), 5);
}

describe("the silence sweep", () => {
  let patientId: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patientId = (await createPatient({ firstName: "Riley", lastName: "Jones" })).userId;
  });

  it("opens one alert, with an email, for a regular patient silent for three days", async () => {
    await checkIns(patientId, 12, 4);
    expect(await sweepSilence(NOW)).toBe(1);
    expect(await sweepSilence(new Date(NOW.getTime() + 3_600_000))).toBe(0);
    const rows = await getDb().select().from(alerts).where(eq(alerts.patientId, patientId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rule: "silence", entryId: null, status: "open" });
    const [email] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, "alert"));
    expect(email.textBody).toContain("Riley Jones has gone quiet");
  });

  it("leaves a patient who checked in within the last three days, or too rarely before, alone", async () => {
    await checkIns(patientId, 10, 3);
    const rare = (await createPatient()).userId;
    await checkIns(rare, 8, 5);
    expect(await sweepSilence(NOW)).toBe(0);
  });
});
