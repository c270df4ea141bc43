import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, patients } from "@/db/schema";
import { checkInToday } from "@/lib/moods/save-entry";
import { saveSetting } from "@/lib/settings/service-settings";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";
import { createMailer } from "./mailer";
import { localTime, queueDueReminders } from "./queue-reminders";
import { drainOutbox } from "./send-due-emails";
import { unsubscribeFromReminders } from "./unsubscribe";
import { unsubscribeToken } from "./unsubscribe-token";

// 18:59 and 19:01 in London (BST) on 10 June 2026.
const BEFORE = new Date("2026-06-10T17:59:00Z");
const AFTER = new Date("2026-06-10T18:01:00Z");

async function reminders() {
  return getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, "reminder")).orderBy(emailOutbox.id);
}

async function optIn(patientId: number, reminderTime: string | null = null) {
  await getDb().update(patients).set({ remindersOptIn: true, reminderTime }).where(eq(patients.userId, patientId));
}

describe("daily reminders", () => {
  let patientId: number;
  let sink: SmtpSink | undefined;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patientId = (await createPatient({ firstName: "Riley", email: "riley@example.test" })).userId;
    await createTask("middle");
    await createMessage();
  });
  afterEach(async () => {
    await sink?.stop();
    sink = undefined;
  });

  it("reads the local time on the 24-hour clock", () => {
    expect(localTime(AFTER, "Europe/London")).toBe("19:01");
    expect(localTime(new Date("2026-06-10T00:30:00Z"), "America/New_York")).toBe("20:30");
  });

  it("sends nothing to a patient who did not opt in", async () => {
    expect(await queueDueReminders(AFTER)).toBe(0);
  });

  it("queues one reminder a day once the reminder time has passed, with a one-click unsubscribe", async () => {
    await optIn(patientId);
    expect(await queueDueReminders(BEFORE)).toBe(0);
    expect(await queueDueReminders(AFTER)).toBe(1);
    expect(await queueDueReminders(new Date(AFTER.getTime() + 3_600_000))).toBe(0);
    expect(await Promise.all([queueDueReminders(AFTER), queueDueReminders(AFTER)])).toEqual([0, 0]);

    sink = await startSmtpSink();
    await drainOutbox({ mailer: createMailer(sink.url, "MiWell <no-reply@example.com>") });
    expect(sink.received).toHaveLength(1);
    const [email] = sink.received;
    expect(email.to).toEqual(["riley@example.test"]);
    expect(email.text).toContain("Hello Riley");
    const token = unsubscribeToken(patientId);
    expect(email.headers["list-unsubscribe"]).toContain(`/api/unsubscribe?token=${token}`);
    expect(email.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(email.text).toContain(`/unsubscribe?token=${token}`);

    // The next day brings the next one.
    expect(await queueDueReminders(new Date(AFTER.getTime() + 86_400_000))).toBe(1);
  });

  it("follows the patient's own time, or the service's default", async () => {
    await optIn(patientId, "20:00");
    expect(await queueDueReminders(AFTER)).toBe(0);
    expect(await queueDueReminders(new Date("2026-06-10T19:00:00Z"))).toBe(1);
    await optIn(patientId, null);
    await saveSetting("defaultReminderTime", "08:00", null);
    expect(await queueDueReminders(new Date("2026-06-11T07:05:00Z"))).toBe(1);
  });

  it("sends none to a patient who has checked in today", async () => {
    await optIn(patientId);
    await checkInToday(patientId, { mood: 5, note: null, minutes: 0 }, new Date("2026-06-10T09:00:00Z"));
    expect(await queueDueReminders(AFTER)).toBe(0);
  });

  it("withdraws a reminder still waiting to be sent when the patient checks in", async () => {
    await optIn(patientId);
    await queueDueReminders(AFTER);
    await checkInToday(patientId, { mood: 5, note: null, minutes: 0 }, AFTER);
    const [reminder] = await reminders();
    expect(reminder.status).toBe("cancelled");
    sink = await startSmtpSink();
    expect(await drainOutbox({ mailer: createMailer(sink.url, "MiWell <no-reply@example.com>") })).toBe(0);
    expect(sink.received).toEqual([]);
  });

  it("sends none after the patient unsubscribes with the link's token", async () => {
    await optIn(patientId);
    expect(await unsubscribeFromReminders(unsubscribeToken(patientId))).toBe(true);
    expect(await queueDueReminders(AFTER)).toBe(0);
    const [row] = await getDb().select({ on: patients.remindersOptIn }).from(patients).where(eq(patients.userId, patientId));
    expect(row.on).toBe(false);
  });

  it("refuses a forged or altered token", async () => {
    await optIn(patientId);
    const other = (await createPatient()).userId;
    const forged = unsubscribeToken(other).replace(/^\d+/, String(patientId));
    expect(await unsubscribeFromReminders(forged)).toBe(false);
    expect(await unsubscribeFromReminders(unsubscribeToken(patientId, "another-secret"))).toBe(false);
    expect(await unsubscribeFromReminders("garbage")).toBe(false);
    expect(await queueDueReminders(AFTER)).toBe(1);
  });
});
