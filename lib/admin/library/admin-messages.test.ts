import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { dailyMessages, moodEntries } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { addDays } from "@/lib/moods/local-date";
import { checkInToday } from "@/lib/moods/save-entry";
import { todayFor } from "@/lib/moods/today";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { createDailyMessage, dailyMessage, deactivateMessage, reactivateMessage, updateDailyMessage } from "./admin-messages";

const noonOn = (n: number) => new Date(`${addDays("2026-06-01", n)}T12:00:00Z`);

async function messageShownOn(patientId: number, day: number): Promise<number | null> {
  const { entryId } = await checkInToday(patientId, { mood: 4, note: null, minutes: 0 }, noonOn(day));
  const [entry] = await getDb().select({ messageId: moodEntries.messageId }).from(moodEntries).where(eq(moodEntries.id, entryId));
  return entry.messageId;
}

describe("the admin's daily messages, beyond what tasks share", () => {
  let admin: Actor;
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = { id: await createAdminAccount() };
    await createPsychiatrist();
    patient = (await createPatient()).userId;
    await createTask("middle");
  });

  it("stores a message as one tidy paragraph", async () => {
    const saved = await createDailyMessage(admin, { text: "  Rest is\r\nnot earned.  " });
    const id = (saved as { id: number }).id;
    expect(await dailyMessage(admin, id)).toMatchObject({ text: "Rest is not earned.", active: true, deletable: true });
    await updateDailyMessage(admin, id, { text: "Rest\n\nis needed." });
    expect((await getDb().select().from(dailyMessages))[0].text).toBe("Rest is needed.");
  });

  it("never shows a deactivated message at a check-in until it is reactivated, and keeps it where it was shown", async () => {
    const [one, two, three] = [await createMessage("One"), await createMessage("Two"), await createMessage("Three")];
    expect(await messageShownOn(patient, 0)).toBe(one);

    // Two would come next.
    expect(await deactivateMessage(admin, two)).toBe("changed");
    expect(await messageShownOn(patient, 1)).toBe(three);
    expect(await messageShownOn(patient, 2)).toBe(one);
    expect(await messageShownOn(patient, 3)).toBe(three);

    expect(await deactivateMessage(admin, one)).toBe("changed");
    expect(await messageShownOn(patient, 4)).toBe(three);
    // Deactivated, it still reads on the days it was shown.
    expect((await todayFor(patient, noonOn(2))).entry?.message).toBe("One");

    expect(await reactivateMessage(admin, two)).toBe("changed");
    expect(await messageShownOn(patient, 5)).toBe(two);
  });

  it("shows no message once every one is deactivated", async () => {
    const only = await createMessage("The only one");
    await deactivateMessage(admin, only);
    expect(await messageShownOn(patient, 0)).toBeNull();
    expect((await todayFor(patient, noonOn(0))).entry?.message).toBeNull();
  });
});
