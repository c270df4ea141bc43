import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailAttempts, emailOutbox } from "@/db/schema";
import { findFreePort } from "@/scripts/net";
import { resetDatabase } from "@/lib/testing/reset-database";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { createMailer } from "./mailer";
import { queueEmail, type OutgoingEmail } from "./outbox";
import { drainOutbox, NO_MAIL_SERVER, sendDueEmails } from "./send-due-emails";

const email = (n: number, extra: Partial<OutgoingEmail> = {}): OutgoingEmail => ({
  dedupeKey: `test:${n}`,
  kind: "alert",
  userId: null,
  to: `person${n}@example.com`,
  subject: `Email ${n}`,
  text: `Body ${n}`,
  html: `<p>Body ${n}</p>`,
  ...extra,
});

async function outbox() {
  return getDb().select().from(emailOutbox).orderBy(emailOutbox.id);
}

describe("the outbox", () => {
  let sink: SmtpSink | undefined;
  beforeEach(async () => {
    await resetDatabase();
  });
  afterEach(async () => {
    await sink?.stop();
    sink = undefined;
  });

  it("keeps one email per cause", async () => {
    expect(await queueEmail(getDb(), email(1))).toBe(true);
    expect(await queueEmail(getDb(), email(1, { subject: "Again" }))).toBe(false);
    const rows = await outbox();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: "Email 1", status: "pending", attempts: 0 });
  });

  it("sends due emails over SMTP, urgent ones first, and records the attempt", async () => {
    sink = await startSmtpSink();
    await queueEmail(getDb(), email(1));
    await queueEmail(getDb(), email(2, { urgent: true, headers: { "List-Unsubscribe": "<https://example.com/u>" } }));
    const report = await sendDueEmails({ mailer: createMailer(sink.url, "MiWell <no-reply@example.com>"), batchSize: 1 });
    expect(report).toEqual({ sent: 1, retrying: 0, failed: 0, unsent: 0 });
    await sink.waitFor((r) => r.length === 1);
    expect(sink.received[0]).toMatchObject({ to: ["person2@example.com"], subject: "Email 2", text: "Body 2\n" });
    expect(sink.received[0].headers["list-unsubscribe"]).toBe("<https://example.com/u>");
    expect(await drainOutbox({ mailer: createMailer(sink.url, "MiWell <no-reply@example.com>") })).toBe(1);
    const rows = await outbox();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
    ]);
    expect(rows.every((r) => r.sentAt instanceof Date)).toBe(true);
    expect(await getDb().select().from(emailAttempts)).toHaveLength(2);
  });

  it("retries with growing delays while the mail server is down, then sends each email exactly once", async () => {
    const port = await findFreePort();
    const mailer = createMailer(`smtp://127.0.0.1:${port}`, "MiWell <no-reply@example.com>");
    for (const n of [1, 2, 3]) await queueEmail(getDb(), email(n, { urgent: true }));
    let clock = Date.now();
    const now = () => new Date(clock);

    expect(await sendDueEmails({ mailer, now })).toMatchObject({ retrying: 3 });
    let rows = await outbox();
    expect(rows.every((r) => r.status === "pending" && r.attempts === 1 && r.lastError)).toBe(true);
    // Not due again until the first delay has passed.
    expect(await drainOutbox({ mailer, now })).toBe(0);
    clock += retryDelayMs(1);
    expect(await sendDueEmails({ mailer, now })).toMatchObject({ retrying: 3 });
    rows = await outbox();
    expect(rows[0].nextAttemptAt!.getTime() - clock).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));

    sink = await startSmtpSink({ port });
    clock += retryDelayMs(2);
    expect(await drainOutbox({ mailer, now })).toBe(3);
    clock += 60 * 60_000;
    expect(await drainOutbox({ mailer, now })).toBe(0);
    expect(sink.received.map((r) => r.subject).sort()).toEqual(["Email 1", "Email 2", "Email 3"]);
    rows = await outbox();
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ["sent", 3, null],
      ["sent", 3, null],
      ["sent", 3, null],
    ]);
    const attempts = await getDb().select().from(emailAttempts).where(eq(emailAttempts.emailId, rows[0].id));
    expect(attempts.map((a) => a.outcome)).toEqual(["error", "error", "sent"]);
    expect(attempts[0].error).toBeTruthy();
  });

  it("marks an email failed after its last attempt", async () => {
    const mailer = createMailer(`smtp://127.0.0.1:${await findFreePort()}`, "MiWell <no-reply@example.com>");
    await queueEmail(getDb(), email(1));
    let clock = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sendDueEmails({ mailer, now: () => new Date(clock) });
      clock += retryDelayMs(attempt);
    }
    const [row] = await outbox();
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(await drainOutbox({ mailer, now: () => new Date(clock + 86_400_000) })).toBe(0);
  });

  it("keeps mail as unsent, never lost, when no mail server is configured", async () => {
    await queueEmail(getDb(), email(1));
    expect(await sendDueEmails({ mailer: null })).toMatchObject({ unsent: 1 });
    const [row] = await outbox();
    expect(row).toMatchObject({ status: "unsent", lastError: NO_MAIL_SERVER, textBody: "Body 1" });
  });

  it("lets two workers drain one outbox without sending any email twice", async () => {
    sink = await startSmtpSink();
    for (let n = 1; n <= 40; n++) await queueEmail(getDb(), email(n));
    const worker = () => drainOutbox({ mailer: createMailer(sink!.url, "MiWell <no-reply@example.com>"), batchSize: 3 });
    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a + b).toBe(40);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const subjects = sink.received.map((r) => r.subject);
    expect(subjects).toHaveLength(40);
    expect(new Set(subjects).size).toBe(40);
  });

  it("retries an email whose worker died mid-send once its claim runs out, with the same Message-ID", async () => {
    sink = await startSmtpSink();
    await queueEmail(getDb(), email(1));
    const [row] = await outbox();
    // A worker claimed it and died: the row says "sending" until the claim runs out.
    const claimedUntil = new Date(Date.now() + 60_000);
    await getDb().update(emailOutbox).set({ status: "sending", attempts: 1, nextAttemptAt: claimedUntil }).where(eq(emailOutbox.id, row.id));
    const mailer = createMailer(sink.url, "MiWell <no-reply@example.com>");
    expect(await drainOutbox({ mailer })).toBe(0);
    expect(await drainOutbox({ mailer, now: () => new Date(claimedUntil.getTime() + 1) })).toBe(1);
    await sink.waitFor((r) => r.length === 1);
    expect(sink.received[0].messageId).toMatch(new RegExp(`^<outbox-${row.id}@`));
  });
});
