import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkInToday } from "@/lib/moods/save-entry";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";
import { retryDelayMs } from "./backoff";
import { createMailer } from "./mailer";
import { drainOutbox, sendDueEmails } from "./send-due-emails";
import { startWorker, type Worker } from "./worker";

describe("the worker", () => {
  let sink: SmtpSink;
  let worker: Worker | undefined;
  beforeEach(async () => {
    await resetDatabase();
    await createTask("middle");
    await createMessage();
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await sink.stop();
  });

  it("is woken by an alert and delivers its email at once, not at its next poll", async () => {
    await createPsychiatrist({ email: "doctor@example.test" });
    const patient = await createPatient({ phone: "+447700900123" });
    // A poll far longer than the test: only the wake-up can deliver in time.
    worker = startWorker({ mailer: createMailer(sink.url, "MiWell <no-reply@example.com>"), pollMs: 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await checkInToday(patient.userId, { mood: 4, note: "I keep thinking about suicide", minutes: 0 });
    const [email] = await sink.waitFor((received) => received.length > 0, 5_000);
    expect(email.to).toEqual(["doctor@example.test"]);
    expect(email.text).toContain("I keep thinking about suicide");
    expect(email.text).toContain("+447700900123");
  });

  it("delivers every alert raised while the mail server was down exactly once when it comes back", async () => {
    await createPsychiatrist({ email: "doctor@example.test" });
    const port = sink.port;
    await sink.stop();
    const patients = [await createPatient(), await createPatient(), await createPatient()];
    for (const [i, patient] of patients.entries()) {
      await checkInToday(patient.userId, { mood: 5, note: `Marker ${i}: I want to end my life`, minutes: 0 });
    }
    const mailer = createMailer(`smtp://127.0.0.1:${port}`, "MiWell <no-reply@example.com>");
    let clock = Date.now();
    const now = () => new Date(clock);
    expect(await sendDueEmails({ mailer, now })).toMatchObject({ retrying: 3, sent: 0 });
    sink = await startSmtpSink({ port });
    clock += retryDelayMs(1);
    expect(await drainOutbox({ mailer, now })).toBe(3);
    clock += 3_600_000;
    expect(await drainOutbox({ mailer, now })).toBe(0);
    const notes = sink.received.map((email) => /Marker \d/.exec(email.text)?.[0]).sort();
    expect(notes).toEqual(["Marker 0", "Marker 1", "Marker 2"]);
  });

  it("logs a failing step and carries on", async () => {
    const logged: string[] = [];
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "mysql://nobody:wrong@127.0.0.1:1/none";
    try {
      worker = startWorker({ mailer: null, pollMs: 50, log: (message) => logged.push(message) });
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await worker?.stop();
      worker = undefined;
      process.env.DATABASE_URL = previous;
    }
    expect(logged.some((line) => line.startsWith("sending failed"))).toBe(true);
  });
});
