import { asc, eq } from "drizzle-orm";
import { MySqlDialect } from "drizzle-orm/mysql-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb, getPool } from "@/db/client";
import { auditLog, emailAttempts, emailOutbox } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAlert } from "@/lib/testing/alerts";
import { addAttempts, createAdminAccount, outboxRow, queueTestEmail } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";
import { createMailer } from "./mailer";
import { ATTEMPTS_SHOWN, emailDetail, emailsToRetry, outboxListQuery, outboxPage, retryEmail, statusCountsSql } from "./outbox-admin";
import { COUNT_LIMIT, OUTBOX_PAGE_SIZE } from "./outbox-view";
import { drainOutbox } from "./send-due-emails";
import { onOutboxWake } from "./wake";

const at = (minute: number) => new Date(Date.UTC(2026, 5, 9, 9, minute));

async function auditTrail() {
  return getDb()
    .select({ actorId: auditLog.actorId, action: auditLog.action, outcome: auditLog.outcome, targetType: auditLog.targetType, targetId: auditLog.targetId, patientId: auditLog.patientId, ip: auditLog.ip })
    .from(auditLog)
    .orderBy(asc(auditLog.id));
}

describe("the admin's outbox", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  describe("who may use it", () => {
    it("refuses patients, psychiatrists, disabled admins and unknown ids every function, and audits each attempt", async () => {
      const psychiatrist = await createPsychiatrist();
      const patient = (await createPatient()).userId;
      const disabledAdmin = await createAdminAccount({ disabled: true });
      const failed = await queueTestEmail({ status: "failed", attempts: 10, lastError: "Connection refused" });
      const before = await outboxRow(failed);

      for (const id of [patient, psychiatrist, disabledAdmin, 999_999]) {
        const actor = { id, ip: "192.0.2.7" };
        expect(await outboxPage(actor)).toBeNull();
        expect(await outboxPage(actor, { status: "failed" })).toBeNull();
        expect(await emailsToRetry(actor)).toBeNull();
        expect(await emailDetail(actor, failed)).toBeNull();
        expect(await retryEmail(actor, failed)).toBe("not-found");
      }
      expect(await outboxRow(failed)).toEqual(before);

      const trail = await auditTrail();
      expect(trail.every((row) => row.outcome === "denied" && row.ip === "192.0.2.7")).toBe(true);
      expect(trail.filter((row) => row.actorId === disabledAdmin)).toEqual([
        { actorId: disabledAdmin, action: "outbox.view", outcome: "denied", targetType: "outbox", targetId: null, patientId: null, ip: "192.0.2.7" },
        { actorId: disabledAdmin, action: "outbox.view", outcome: "denied", targetType: "outbox", targetId: null, patientId: null, ip: "192.0.2.7" },
        { actorId: disabledAdmin, action: "outbox.view", outcome: "denied", targetType: "outbox", targetId: null, patientId: null, ip: "192.0.2.7" },
        { actorId: disabledAdmin, action: "email.view", outcome: "denied", targetType: "email", targetId: failed, patientId: null, ip: "192.0.2.7" },
        { actorId: disabledAdmin, action: "email.retry", outcome: "denied", targetType: "email", targetId: failed, patientId: null, ip: "192.0.2.7" },
      ]);
      expect(trail).toHaveLength(4 * 5);
    });
  });

  describe("the list", () => {
    it("shows every email newest first, 25 a page, with the count of each status", async () => {
      const ids: number[] = [];
      for (let n = 0; n < 30; n++) ids.push(await queueTestEmail({ status: "sent", attempts: 1 }));
      const failed = await queueTestEmail({ status: "failed", attempts: 10, lastError: "Greeting never received" });
      const unsent = await queueTestEmail({ status: "unsent", attempts: 1, lastError: "No mail server is configured (SMTP_URL is not set)." });
      const pending = await queueTestEmail({ kind: "alert", urgent: true, to: "doctor@example.test", subject: "URGENT: a patient may be at risk" });
      ids.push(failed, unsent, pending);

      const first = await outboxPage({ id: admin, ip: "192.0.2.1" });
      expect(first).toMatchObject({ status: "all", page: 1, pageCount: 2, total: 33 });
      expect(first!.counts).toEqual({ all: 33, pending: 1, sending: 0, sent: 30, failed: 1, unsent: 1, cancelled: 0 });
      expect(first!.emails.map((e) => e.id)).toEqual(ids.toReversed().slice(0, OUTBOX_PAGE_SIZE));
      expect(first!.emails[0]).toEqual({
        id: pending,
        createdAt: expect.any(Date),
        kind: "alert",
        urgent: true,
        to: "doctor@example.test",
        subject: "URGENT: a patient may be at risk",
        status: "pending",
        attempts: 0,
        lastError: null,
      });
      expect(first!.emails[2]).toMatchObject({ id: failed, status: "failed", attempts: 10, lastError: "Greeting never received" });

      const second = await outboxPage({ id: admin }, { page: 2 });
      expect(second!.emails.map((e) => e.id)).toEqual(ids.toReversed().slice(OUTBOX_PAGE_SIZE));
      // A page past the end is the last page; nonsense is the first.
      expect((await outboxPage({ id: admin }, { page: 9 }))!.page).toBe(2);
      expect((await outboxPage({ id: admin }, { page: Number.NaN }))!.page).toBe(1);

      const views = (await auditTrail()).filter((row) => row.action === "outbox.view");
      expect(views).toHaveLength(4);
      expect(views[0]).toMatchObject({ actorId: admin, outcome: "allowed", ip: "192.0.2.1" });
    });

    it("filters by status, newest first by when each was queued", async () => {
      const older = await queueTestEmail({ status: "failed", attempts: 10, createdAt: at(1) });
      const newer = await queueTestEmail({ status: "failed", attempts: 10, createdAt: at(5) });
      const middle = await queueTestEmail({ status: "failed", attempts: 10, createdAt: at(3) });
      await queueTestEmail({ status: "unsent", attempts: 1 });
      await queueTestEmail({ status: "cancelled" });

      const failed = await outboxPage({ id: admin }, { status: "failed" });
      expect(failed).toMatchObject({ status: "failed", total: 3, page: 1, pageCount: 1 });
      expect(failed!.emails.map((e) => e.id)).toEqual([newer, middle, older]);
      expect(failed!.counts).toMatchObject({ all: 5, failed: 3, unsent: 1, cancelled: 1 });

      const sending = await outboxPage({ id: admin }, { status: "sending" });
      expect(sending).toMatchObject({ emails: [], total: 0, page: 1, pageCount: 1 });
      // A status that does not exist is every email.
      expect(await outboxPage({ id: admin }, { status: "lost" as never })).toMatchObject({ status: "all", total: 5 });
    });

    it("counts what waits for a retry for the overview", async () => {
      expect(await emailsToRetry({ id: admin })).toBe(0);
      await queueTestEmail({ status: "failed", attempts: 10 });
      await queueTestEmail({ status: "unsent", attempts: 1 });
      await queueTestEmail({ status: "unsent", attempts: 1 });
      await queueTestEmail({ status: "sent", attempts: 1 });
      await queueTestEmail();
      expect(await emailsToRetry({ id: admin })).toBe(3);
    });

    it("stops counting at the limit and reads pages along an index, however big the outbox", async () => {
      const rows = Array.from({ length: COUNT_LIMIT + 5 }, (_, n) => ({
        dedupeKey: `bulk:${n}`,
        kind: "reminder",
        toAddress: `p${n}@example.test`,
        subject: `Reminder ${n}`,
        textBody: "Time for your check-in.",
        htmlBody: "<p>Time for your check-in.</p>",
        status: "sent" as const,
        attempts: 1,
        nextAttemptAt: null,
      }));
      for (let start = 0; start < rows.length; start += 2_000) await getDb().insert(emailOutbox).values(rows.slice(start, start + 2_000));
      await queueTestEmail({ status: "failed", attempts: 10 });
      await getPool().query("ANALYZE TABLE email_outbox");

      const page = await outboxPage({ id: admin });
      expect(page!.counts).toMatchObject({ sent: COUNT_LIMIT + 1, failed: 1, all: COUNT_LIMIT + 2 });
      expect(page!.pageCount).toBe(Math.ceil((COUNT_LIMIT + 2) / OUTBOX_PAGE_SIZE));

      // Every part of the statements uses an index, in its order: no table scan, no sort.
      const explain = async (query: { sql: string; params: unknown[] }) => {
        const [plan] = await getPool().query(`EXPLAIN ${query.sql}`, query.params);
        return plan as { table: string; key: string | null; Extra: string | null; type: string }[];
      };
      for (const [status, key] of [
        ["failed", "email_outbox_status"],
        ["sent", "email_outbox_status"],
        ["all", "PRIMARY"],
      ] as const) {
        const [plan] = await explain(outboxListQuery(status, 3).toSQL());
        expect(plan.key, `${status}: ${JSON.stringify(plan)}`).toBe(key);
        expect(plan.Extra ?? "").not.toMatch(/filesort/i);
      }
      const counts = await explain(new MySqlDialect().sqlToQuery(statusCountsSql(["sent", "failed"])));
      for (const step of counts.filter((s) => s.table === "email_outbox")) {
        expect(step.key, JSON.stringify(step)).toBe("email_outbox_status");
        expect(step.type).toBe("ref");
      }
    });
  });

  describe("one email", () => {
    it("shows its details, its attempts newest first and its text, and audits the view naming the patient", async () => {
      const psychiatrist = await createPsychiatrist();
      const patient = (await createPatient()).userId;
      const alert = await createAlert({ patientId: patient, rule: "concerning_words", severity: "critical" });
      const id = await queueTestEmail({
        dedupeKey: `alert:${alert}`,
        kind: "alert",
        urgent: true,
        userId: psychiatrist,
        to: "doctor@example.test",
        subject: "URGENT: Alice may be at risk",
        text: "Alice wrote: I can't go on.",
        status: "failed",
        attempts: 2,
        lastError: "Connection timeout",
      });
      await addAttempts(id, [
        { outcome: "error", error: "Connection refused", at: at(1) },
        { outcome: "error", error: "Connection timeout", at: at(2) },
      ]);

      const email = await emailDetail({ id: admin, ip: "192.0.2.9" }, id);
      expect(email).toEqual({
        id,
        createdAt: expect.any(Date),
        kind: "alert",
        urgent: true,
        to: "doctor@example.test",
        subject: "URGENT: Alice may be at risk",
        status: "failed",
        attempts: 2,
        lastError: "Connection timeout",
        nextAttemptAt: null,
        sentAt: null,
        text: "Alice wrote: I can't go on.",
        attemptLog: [
          { at: at(2), outcome: "error", error: "Connection timeout" },
          { at: at(1), outcome: "error", error: "Connection refused" },
        ],
        olderAttempts: false,
      });
      expect((await auditTrail()).filter((row) => row.action === "email.view")).toEqual([
        { actorId: admin, action: "email.view", outcome: "allowed", targetType: "email", targetId: id, patientId: patient, ip: "192.0.2.9" },
      ]);
    });

    it("names the patient a reminder or reply went to, and nobody for other mail", async () => {
      const psychiatrist = await createPsychiatrist();
      const patient = (await createPatient()).userId;
      const alert = await createAlert({ patientId: patient, rule: "silence", severity: "moderate" });
      const emails = {
        reminder: await queueTestEmail({ kind: "reminder", userId: patient }),
        reply: await queueTestEmail({ kind: "reply", userId: patient }),
        escalation: await queueTestEmail({ kind: "escalation", dedupeKey: `escalation:${alert}:${admin}`, userId: admin }),
        account: await queueTestEmail({ kind: "account", userId: psychiatrist }),
        goneAlert: await queueTestEmail({ kind: "alert", dedupeKey: "alert:987654", userId: psychiatrist }),
      };
      for (const id of Object.values(emails)) expect(await emailDetail({ id: admin }, id)).not.toBeNull();
      const patients = (await auditTrail()).filter((row) => row.action === "email.view").map((row) => [row.targetId, row.patientId]);
      expect(patients).toEqual([
        [emails.reminder, patient],
        [emails.reply, patient],
        [emails.escalation, patient],
        [emails.account, null],
        [emails.goneAlert, null],
      ]);
    });

    it(`lists the latest ${ATTEMPTS_SHOWN} attempts and says there were more`, async () => {
      const id = await queueTestEmail({ status: "failed", attempts: 10 });
      await addAttempts(
        id,
        Array.from({ length: ATTEMPTS_SHOWN + 1 }, (_, n) => ({ outcome: "error" as const, error: `Try ${n + 1}` })),
      );
      const email = await emailDetail({ id: admin }, id);
      expect(email!.attemptLog).toHaveLength(ATTEMPTS_SHOWN);
      expect(email!.attemptLog[0].error).toBe(`Try ${ATTEMPTS_SHOWN + 1}`);
      expect(email!.olderAttempts).toBe(true);
    });

    it("is null for an email that does not exist", async () => {
      expect(await emailDetail({ id: admin }, 424242)).toBeNull();
      expect(await auditTrail()).toEqual([]);
    });
  });

  describe("retrying", () => {
    let sink: SmtpSink | undefined;
    let stopListening: (() => void) | undefined;
    afterEach(async () => {
      stopListening?.();
      await sink?.stop();
      sink = undefined;
    });

    it("puts failed and unsent emails back in the queue, due now, and the worker then sends them", async () => {
      let wakes = 0;
      stopListening = onOutboxWake(() => void wakes++);
      const failed = await queueTestEmail({ status: "failed", attempts: 10, lastError: "Connection refused", subject: "Failed one", to: "a@example.test" });
      const unsent = await queueTestEmail({ status: "unsent", attempts: 1, lastError: "No mail server", subject: "Unsent one", to: "b@example.test" });
      await addAttempts(failed, [{ outcome: "error", error: "Connection refused" }]);
      const now = new Date(Date.now() - 1_000);

      expect(await retryEmail({ id: admin, ip: "192.0.2.3" }, failed, now)).toBe("retried");
      expect(wakes).toBe(1);
      expect(await retryEmail({ id: admin }, unsent, now)).toBe("retried");
      expect(wakes).toBe(2);
      for (const id of [failed, unsent]) {
        expect(await outboxRow(id)).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: now, lastError: null, sentAt: null });
      }
      // Once pending it is the worker's again: a second click changes nothing.
      expect(await retryEmail({ id: admin }, failed, now)).toBe("not-retryable");
      expect(wakes).toBe(2);
      expect((await auditTrail()).filter((row) => row.action === "email.retry")).toEqual([
        { actorId: admin, action: "email.retry", outcome: "allowed", targetType: "email", targetId: failed, patientId: null, ip: "192.0.2.3" },
        { actorId: admin, action: "email.retry", outcome: "allowed", targetType: "email", targetId: unsent, patientId: null, ip: null },
      ]);

      sink = await startSmtpSink();
      expect(await drainOutbox({ mailer: createMailer(sink.url, "MiWell <no-reply@example.test>") })).toBe(2);
      await sink.waitFor((received) => received.length === 2);
      expect(sink.received.map((r) => [r.to, r.subject]).sort()).toEqual([
        [["a@example.test"], "Failed one"],
        [["b@example.test"], "Unsent one"],
      ]);
      expect(await outboxRow(failed)).toMatchObject({ status: "sent", attempts: 1, lastError: null, nextAttemptAt: null });
      // The earlier tries stay in the email's log.
      const log = await getDb().select({ outcome: emailAttempts.outcome }).from(emailAttempts).where(eq(emailAttempts.emailId, failed)).orderBy(asc(emailAttempts.id));
      expect(log.map((a) => a.outcome)).toEqual(["error", "sent"]);
    });

    it("leaves emails in any other status as they are, and says when there is no such email", async () => {
      let wakes = 0;
      stopListening = onOutboxWake(() => void wakes++);
      for (const status of ["pending", "sending", "sent", "cancelled"] as const) {
        const id = await queueTestEmail({ status, attempts: status === "sent" ? 1 : 0 });
        const before = await outboxRow(id);
        expect(await retryEmail({ id: admin }, id)).toBe("not-retryable");
        expect(await outboxRow(id)).toEqual(before);
      }
      expect(await retryEmail({ id: admin }, 424242)).toBe("not-found");
      expect(wakes).toBe(0);
      expect(await auditTrail()).toEqual([]);
    });
  });
});
