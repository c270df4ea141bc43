import { beforeEach, describe, expect, it, vi } from "vitest";
import { DECISION_NOTICES } from "@/lib/admin/approvals/decision-notices";
import { REJECTION_REASON_MESSAGE } from "@/lib/admin/approvals/rejection-schema";
import { SAVE_FAILED } from "@/lib/forms/action-result";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { applicantRow, auditTrail, createApplicant, outboxEmails } from "@/lib/testing/applications";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the actions must do the rest themselves.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.66" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { approveApplicationAction, rejectApplicationAction } = await import("./actions");

const signInAs = (userId: number, role = "admin") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });

const REASON = "Your BACP membership could not be confirmed.";
const approve = (userId: number | string) => approveApplicationAction(formData({ userId: String(userId) }));
const reject = (userId: number | string, reason?: string) =>
  rejectApplicationAction(null, formData({ userId: String(userId), ...(reason === undefined ? {} : { reason }) }));

describe("the approvals actions", () => {
  let admin: number;
  let applicant: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    applicant = await createApplicant();
    session.current = null;
  });

  it("approves, and says so on the approvals page; a second approval says it was already done", async () => {
    signInAs(admin);
    expect(await redirectedTo(approve(applicant))).toBe("/admin/approvals?decision=approved");
    expect(await applicantRow(applicant)).toMatchObject({ status: "active", approvedBy: admin });
    expect(await redirectedTo(approve(applicant))).toBe("/admin/approvals?decision=already-approved");
    expect(await auditTrail()).toEqual([
      { actorId: admin, action: "psychiatrist.approve", outcome: "allowed", targetType: "user", targetId: applicant, patientId: null, ip: "192.0.2.66" },
    ]);
  });

  it("rejects with the reason, queues the email, and says so on the approvals page", async () => {
    signInAs(admin);
    expect(await redirectedTo(reject(applicant, REASON))).toBe("/admin/approvals?decision=rejected");
    expect(await applicantRow(applicant)).toBeUndefined();
    const [email] = await outboxEmails();
    expect(email).toMatchObject({ dedupeKey: `rejection:${applicant}`, kind: "account" });
    expect(email.text).toContain(`> ${REASON}`);
    expect((await auditTrail()).map((row) => [row.action, row.outcome, row.ip])).toEqual([["psychiatrist.reject", "allowed", "192.0.2.66"]]);
    // Pressed again from a page that still shows the card, it stays in the form saying why.
    expect(await reject(applicant, REASON)).toEqual({ ok: false, message: DECISION_NOTICES["not-waiting"], fieldErrors: {} });
  });

  it("answers a missing, short or long reason next to its field and changes nothing", async () => {
    signInAs(admin);
    for (const reason of [undefined, "", "Too short", "x".repeat(1001)]) {
      expect(await reject(applicant, reason)).toEqual({ ok: false, message: expect.any(String), fieldErrors: { reason: [REJECTION_REASON_MESSAGE] } });
    }
    expect((await applicantRow(applicant)).status).toBe("pending");
    expect(await outboxEmails()).toEqual([]);
    expect(await auditTrail()).toEqual([]);
  });

  it("treats malformed ids and accounts that are not waiting safely", async () => {
    signInAs(admin);
    const approved = await createPsychiatrist();
    for (const id of ["", "abc", "-3", "1.5", "1 OR 1=1"]) {
      expect(await redirectedTo(approve(id))).toBe("/admin/approvals?decision=not-waiting");
      expect(await reject(id, REASON)).toEqual({ ok: false, message: DECISION_NOTICES["not-waiting"], fieldErrors: {} });
    }
    expect(await redirectedTo(approve(424_242))).toBe("/admin/approvals?decision=not-waiting");
    expect(await reject(approved, REASON)).toEqual({ ok: false, message: DECISION_NOTICES["already-approved"], fieldErrors: {} });
    expect((await applicantRow(applicant)).status).toBe("pending");
  });

  it("keeps the reason in the form when the save fails unexpectedly", async () => {
    signInAs(admin);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const outbox = await import("@/lib/notifications/outbox");
    const queue = vi.spyOn(outbox, "queueEmail").mockRejectedValueOnce(new Error("the database went away"));
    try {
      expect(await reject(applicant, REASON)).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    } finally {
      queue.mockRestore();
      spy.mockRestore();
    }
    // Nothing half-written: the account, and no email or audit row.
    expect((await applicantRow(applicant)).status).toBe("pending");
    expect(await outboxEmails()).toEqual([]);
    expect(await auditTrail()).toEqual([]);
  });

  it("sends the anonymous to sign in, and refuses everyone but an active admin before touching anything", async () => {
    const psychiatrist = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const disabledAdmin = await createAdminAccount({ disabled: true });
    const calls = [() => approve(applicant), () => reject(applicant, REASON)];

    for (const call of calls) expect(await redirectedTo(call())).toBe("/login");
    for (const [id, role] of [
      [patient, "patient"],
      [psychiatrist, "psychiatrist"],
      // A token claiming the role is not enough: the account's own role decides.
      [patient, "admin"],
      [psychiatrist, "admin"],
    ] as const) {
      signInAs(id, role);
      for (const call of calls) await expect(call()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    }
    // A disabled account's session ends at its next request.
    signInAs(disabledAdmin);
    for (const call of calls) expect(await redirectedTo(call())).toBe("/login");

    expect((await applicantRow(applicant)).status).toBe("pending");
    expect(await outboxEmails()).toEqual([]);
    expect(await auditTrail()).toEqual([]);
  });
});
