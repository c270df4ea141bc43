import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { dailyMessages, moodEntries } from "@/db/schema";
import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { checkInToday } from "@/lib/moods/save-entry";
import { todayFor } from "@/lib/moods/today";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { pickMessage } from "./pick-message";

// Patients are registered in Europe/London, so noon UTC is always inside the named day.
const FIRST_DAY: LocalDate = "2026-06-01";
const noonOn = (date: LocalDate) => new Date(`${date}T12:00:00Z`);
const day = (n: number) => addDays(FIRST_DAY, n);
const checkIn = (mood = 4) => ({ mood, note: null, minutes: 0 });

/** Checks the patient in on `date` and returns the message their entry shows. */
async function messageShownOn(patientId: number, date: LocalDate, mood = 4): Promise<number | null> {
  const { entryId } = await checkInToday(patientId, checkIn(mood), noonOn(date));
  const [entry] = await getDb().select({ messageId: moodEntries.messageId }).from(moodEntries).where(eq(moodEntries.id, entryId));
  return entry.messageId;
}

/** An entry written straight into the history, as if the patient had been shown `messageId` that day. */
async function shown(patientId: number, date: LocalDate, messageId: number) {
  await getDb().insert(moodEntries).values({ patientId, entryDate: date, mood: 4, messageId });
}

describe("picking a patient's message of the day", () => {
  let alice: number;
  let bob: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    alice = (await createPatient({ firstName: "Alice" })).userId;
    bob = (await createPatient({ firstName: "Bob" })).userId;
    await createTask("middle");
  });

  it("uses every message once before any repeats, never the same two days running", async () => {
    const library = [await createMessage("One"), await createMessage("Two"), await createMessage("Three"), await createMessage("Four")];
    const seen: (number | null)[] = [];
    for (let n = 0; n < 6; n++) seen.push(await messageShownOn(alice, day(n)));

    expect(new Set(seen.slice(0, 4))).toEqual(new Set(library));
    expect(seen).toEqual([...library, library[0], library[1]]);
    for (let n = 1; n < seen.length; n++) expect(seen[n]).not.toBe(seen[n - 1]);
  });

  it("counts only this patient's own history", async () => {
    const [one, two, three] = [await createMessage("One"), await createMessage("Two"), await createMessage("Three")];
    await shown(alice, day(0), one);
    await shown(alice, day(1), two);
    // Bob saw Alice's next message yesterday; were his history counted, Alice would get "one".
    await shown(bob, day(2), three);
    expect(await messageShownOn(alice, day(3))).toBe(three);

    // And a patient with no history starts at the first message, whatever others have seen.
    const carol = (await createPatient({ firstName: "Carol" })).userId;
    await shown(bob, day(3), one);
    expect(await messageShownOn(carol, day(4))).toBe(one);
  });

  it("never picks a deactivated message", async () => {
    const one = await createMessage("One");
    const retired = await createMessage("Retired");
    const three = await createMessage("Three");
    await getDb().update(dailyMessages).set({ active: false }).where(eq(dailyMessages.id, retired));
    const seen: (number | null)[] = [];
    for (let n = 0; n < 4; n++) seen.push(await messageShownOn(alice, day(n)));
    expect(seen).toEqual([one, three, one, three]);

    await getDb().update(dailyMessages).set({ active: false }).where(eq(dailyMessages.active, true));
    expect(await messageShownOn(alice, day(4))).toBeNull();
  });

  it("shows a message added to the library next", async () => {
    const [one, two] = [await createMessage("One"), await createMessage("Two")];
    expect(await messageShownOn(alice, day(0))).toBe(one);
    expect(await messageShownOn(alice, day(1))).toBe(two);
    const added = await createMessage("Added later");
    expect(await messageShownOn(alice, day(2))).toBe(added);
    expect(await messageShownOn(alice, day(3))).toBe(one);
  });

  it("keeps today's message on a second check-in the same day, even after a message is added", async () => {
    await createMessage("Morning message");
    await createTask("high");
    const morning = new Date(`${day(0)}T07:00:00Z`);
    const first = await checkInToday(alice, checkIn(4), morning);

    // A message nobody has seen would win a fresh pick now.
    await createMessage("Added at lunch");
    const evening = new Date(`${day(0)}T20:00:00Z`);
    // Same band, then another band (which picks the task again): the message stays either way.
    expect(await checkInToday(alice, checkIn(5), evening)).toMatchObject({ entryId: first.entryId, created: false });
    expect((await todayFor(alice, evening)).entry).toMatchObject({ mood: 5, message: "Morning message" });
    await checkInToday(alice, checkIn(7), evening);
    expect((await todayFor(alice, evening)).entry).toMatchObject({ mood: 7, message: "Morning message", task: { title: "A high task" } });
  });

  it("picks inside a transaction from the same rule", async () => {
    const [one, two] = [await createMessage("One"), await createMessage("Two")];
    await shown(alice, day(0), one);
    await shown(bob, day(0), two);
    const picked = await getDb().transaction(async (tx) => ({ alice: await pickMessage(tx, alice), bob: await pickMessage(tx, bob) }));
    expect(picked).toEqual({ alice: two, bob: one });
  });
});
