import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, patients, users } from "@/db/schema";
import { CHOOSE_PSYCHIATRIST } from "@/lib/admin/people/move-schema";
import { noticeText } from "@/lib/admin/people/people-outcomes";
import { createPsychiatrist } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount } from "@/lib/testing/outbox";
import { caseloadsOf, giveCaseload, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the actions must do the rest themselves.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.66" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { disableAccountAction, enableAccountAction, movePatientAction, removeAccountAction } = await import("./actions");

const signInAs = (userId: number, role = "admin", sessionVersion = 1) => (session.current = { userId, role, sessionVersion, sessionId: TEST_SESSION_ID });
const byId = (userId: number | string) => formData({ userId: String(userId) });
const move = (patientId: number | string, psychiatristId?: string) =>
  movePatientAction(null, formData({ patientId: String(patientId), ...(psychiatristId === undefined ? {} : { psychiatristId }) }));

async function psychiatristOf(patientId: number): Promise<number> {
  const [row] = await getDb().select({ id: patients.psychiatristId }).from(patients).where(eq(patients.userId, patientId));
  return row.id;
}

describe("the people actions", () => {
  let admin: number;
  let leaving: number;
  let other: number;
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    leaving = await createPsychiatrist();
    other = await createPsychiatrist();
    patient = (await giveCaseload(leaving, 3))[0];
    session.current = null;
  });

  it("disables a psychiatrist, spreading their patients, then enables them, coming back to the account's page each time", async () => {
    signInAs(admin);
    expect(await redirectedTo(disableAccountAction(byId(leaving)))).toBe(`/admin/people/${leaving}?notice=disabled&moved=3`);
    expect(await caseloadsOf([leaving, other])).toEqual({ [leaving]: 0, [other]: 3 });
    expect(await redirectedTo(disableAccountAction(byId(leaving)))).toBe(`/admin/people/${leaving}?notice=already-disabled`);
    expect(await redirectedTo(enableAccountAction(byId(leaving)))).toBe(`/admin/people/${leaving}?notice=enabled`);
    expect(await userRow(leaving)).toMatchObject({ status: "active", sessionVersion: 2 });
    const [audit] = await getDb().select().from(auditLog).where(eq(auditLog.action, "account.disable"));
    expect(audit).toMatchObject({ actorId: admin, outcome: "allowed", targetId: leaving, ip: "192.0.2.66" });
  });

  it("comes back with the refusal when nobody could take the patients, or the admin is the last", async () => {
    signInAs(admin);
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, other));
    expect(await redirectedTo(disableAccountAction(byId(leaving)))).toBe(`/admin/people/${leaving}?notice=no-psychiatrist`);
    expect(await redirectedTo(removeAccountAction(byId(leaving)))).toBe(`/admin/people/${leaving}?notice=no-psychiatrist`);
    expect(await redirectedTo(disableAccountAction(byId(admin)))).toBe(`/admin/people/${admin}?notice=last-admin`);
    expect(await redirectedTo(removeAccountAction(byId(admin)))).toBe(`/admin/people/${admin}?notice=last-admin`);
    expect(await redirectedTo(removeAccountAction(byId(patient)))).toBe(`/admin/people/${patient}?notice=not-removable`);
    expect(await userRow(leaving)).toMatchObject({ status: "active" });
    expect(await userRow(admin)).toMatchObject({ status: "active" });
  });

  it("removes a psychiatrist and goes back to the list, saying how many patients moved", async () => {
    signInAs(admin);
    expect(await redirectedTo(removeAccountAction(byId(leaving)))).toBe("/admin/people?notice=removed&moved=3");
    expect(await userRow(leaving)).toBeUndefined();
    expect(await caseloadsOf([other])).toEqual({ [other]: 3 });
  });

  it("treats malformed and unknown ids as not found", async () => {
    signInAs(admin);
    for (const id of ["", "abc", "-3", "1.5", "1 OR 1=1"]) {
      for (const action of [disableAccountAction, enableAccountAction, removeAccountAction]) {
        expect(await redirectedTo(action(byId(id)))).toBe("/admin/people?notice=not-found");
      }
      expect(await move(id, String(other))).toEqual({ ok: false, message: noticeText("not-found"), fieldErrors: {} });
    }
    expect(await redirectedTo(disableAccountAction(formData({})))).toBe("/admin/people?notice=not-found");
    expect(await redirectedTo(disableAccountAction(byId(987654)))).toBe("/admin/people/987654?notice=not-found");
  });

  it("moves a patient, answering a missing or unavailable psychiatrist next to the field", async () => {
    signInAs(admin);
    expect(await redirectedTo(move(patient, String(other)))).toBe(`/admin/people/${patient}?notice=moved`);
    expect(await psychiatristOf(patient)).toBe(other);
    expect(await redirectedTo(move(patient, String(other)))).toBe(`/admin/people/${patient}?notice=already-theirs`);

    for (const choice of [undefined, "", "abc", "0"]) {
      expect(await move(patient, choice)).toEqual({ ok: false, message: expect.any(String), fieldErrors: { psychiatristId: [CHOOSE_PSYCHIATRIST] } });
    }
    const pending = await createPsychiatrist({ approved: false });
    expect(await move(patient, String(pending))).toEqual({
      ok: false,
      message: expect.any(String),
      fieldErrors: { psychiatristId: [noticeText("psychiatrist-unavailable")] },
    });
    // Someone who is not a patient cannot be moved.
    expect(await move(admin, String(other))).toEqual({ ok: false, message: noticeText("not-found"), fieldErrors: {} });
    expect(await psychiatristOf(patient)).toBe(other);
  });

  it("sends the anonymous to sign in, and refuses everyone but an active admin before touching anything", async () => {
    const disabledAdmin = await createAdminAccount({ disabled: true });
    const calls = [
      () => disableAccountAction(byId(leaving)),
      () => enableAccountAction(byId(disabledAdmin)),
      () => removeAccountAction(byId(leaving)),
      () => move(patient, String(other)),
    ];
    for (const call of calls) expect(await redirectedTo(call())).toBe("/login");
    for (const [id, role] of [
      [patient, "patient"],
      [leaving, "psychiatrist"],
      // A token claiming the role is not enough: the account's own role decides.
      [patient, "admin"],
      [other, "admin"],
    ] as const) {
      signInAs(id, role);
      for (const call of calls) await expect(call()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    }
    // A disabled admin's session ends at its next request, as does one from before a disable.
    signInAs(disabledAdmin);
    for (const call of calls) expect(await redirectedTo(call())).toBe("/login");
    await getDb().update(users).set({ sessionVersion: 2 }).where(eq(users.id, admin));
    signInAs(admin, "admin", 1);
    for (const call of calls) expect(await redirectedTo(call())).toBe("/login");

    expect(await userRow(leaving)).toMatchObject({ status: "active" });
    expect(await userRow(disabledAdmin)).toMatchObject({ status: "disabled" });
    expect(await psychiatristOf(patient)).toBe(leaving);
    expect(await getDb().select().from(auditLog)).toEqual([]);
  });
});
