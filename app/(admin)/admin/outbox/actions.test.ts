import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount, outboxRow, queueTestEmail } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the action must do the rest itself.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.44" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { retryEmailAction } = await import("./actions");

const signInAs = (userId: number, role = "admin") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });

describe("the outbox's retry action", () => {
  let admin: number;
  let failed: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    failed = await queueTestEmail({ status: "failed", attempts: 10, lastError: "Connection refused" });
    session.current = null;
  });

  it("retries a failed email and goes back to the view it was pressed on, saying so", async () => {
    signInAs(admin);
    const retry = { emailId: String(failed), returnTo: "/admin/outbox?status=failed&page=2" };
    expect(await redirectedTo(retryEmailAction(formData(retry)))).toBe("/admin/outbox?status=failed&page=2&retry=retried");
    expect(await outboxRow(failed)).toMatchObject({ status: "pending", attempts: 0, lastError: null });
    const [audit] = await getDb().select().from(auditLog);
    expect(audit).toMatchObject({ actorId: admin, action: "email.retry", outcome: "allowed", targetId: failed, ip: "192.0.2.44" });

    // Pressed again (say from the email's own page), it is no longer failed.
    expect(await redirectedTo(retryEmailAction(formData({ emailId: String(failed), returnTo: `/admin/outbox/${failed}` })))).toBe(
      `/admin/outbox/${failed}?retry=not-retryable`,
    );
  });

  it("retries an unsent email, and treats malformed ids and other addresses safely", async () => {
    signInAs(admin);
    const unsent = await queueTestEmail({ status: "unsent", attempts: 1 });
    expect(await redirectedTo(retryEmailAction(formData({ emailId: String(unsent), returnTo: "https://example.net/" })))).toBe("/admin/outbox?retry=retried");
    expect((await outboxRow(unsent)).status).toBe("pending");
    for (const id of ["", "abc", "-3", "1.5", "1 OR 1=1", "424242"]) {
      expect(await redirectedTo(retryEmailAction(formData({ emailId: id, returnTo: "/admin/outbox?status=unsent" })))).toBe(
        "/admin/outbox?status=unsent&retry=not-found",
      );
    }
    expect(await redirectedTo(retryEmailAction(formData({})))).toBe("/admin/outbox?retry=not-found");
  });

  it("sends the anonymous to sign in, and refuses everyone but an active admin before touching anything", async () => {
    const psychiatrist = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const disabledAdmin = await createAdminAccount({ disabled: true });
    const retry = () => retryEmailAction(formData({ emailId: String(failed) }));

    expect(await redirectedTo(retry())).toBe("/login");
    for (const [id, role] of [
      [patient, "patient"],
      [psychiatrist, "psychiatrist"],
      // A token claiming the role is not enough: the account's own role decides.
      [patient, "admin"],
      [psychiatrist, "admin"],
    ] as const) {
      signInAs(id, role);
      await expect(retry()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    }
    // A disabled account's session ends at its next request.
    signInAs(disabledAdmin);
    expect(await redirectedTo(retry())).toBe("/login");

    expect(await outboxRow(failed)).toMatchObject({ status: "failed", attempts: 10, lastError: "Connection refused" });
    expect(await getDb().select().from(auditLog)).toEqual([]);
  });
});
