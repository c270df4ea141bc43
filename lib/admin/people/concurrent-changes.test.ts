import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createPatient, createPsychiatrist, patientInput } from "@/lib/testing/accounts";
import { registerPatient } from "@/lib/accounts/register-patient";
import { createAdminAccount } from "@/lib/testing/outbox";
import { caseloadGap, caseloadsOf, giveCaseload, patientsWithoutActivePsychiatrist } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { disableAccount } from "./account-status";
import { movePatient } from "./move-patient";
import { removeAccount } from "./remove-account";

// Changes racing each other through separate connections, as two admins' requests would.

async function activeAdmins(): Promise<number> {
  const rows = await getDb().select({ id: users.id }).from(users).where(eq(users.status, "active"));
  return rows.length;
}

describe("people changes at the same moment", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  it("two psychiatrists disabled at once: both patients' caseloads land on the others, within one, nobody left without", async () => {
    const [p1, p2, p3, p4] = [await createPsychiatrist(), await createPsychiatrist(), await createPsychiatrist(), await createPsychiatrist()];
    await giveCaseload(p1, 7);
    await giveCaseload(p2, 4);
    await giveCaseload(p3, 3);
    await giveCaseload(p4, 2);
    const results = await Promise.all([disableAccount({ id: admin }, p1), disableAccount({ id: admin }, p2)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await caseloadsOf([p1, p2, p3, p4])).toEqual({ [p1]: 0, [p2]: 0, [p3]: 8, [p4]: 8 });
    expect(await patientsWithoutActivePsychiatrist()).toEqual([]);
  });

  it("the last two psychiatrists disabled at once: one goes, the other is refused since nobody is left to take the patients", async () => {
    const [p1, p2] = [await createPsychiatrist(), await createPsychiatrist()];
    await giveCaseload(p1, 3);
    await giveCaseload(p2, 2);
    const results = await Promise.all([disableAccount({ id: admin }, p1), removeAccount({ id: admin }, p2)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "no-psychiatrist" }]);
    const remaining = results[0].ok ? p2 : p1;
    expect(await caseloadsOf([remaining])).toEqual({ [remaining]: 5 });
    expect(await patientsWithoutActivePsychiatrist()).toEqual([]);
  });

  it("a disable racing registrations and a move keeps every caseload within one and every patient assigned", async () => {
    const [p1, p2, p3] = [await createPsychiatrist(), await createPsychiatrist(), await createPsychiatrist()];
    await giveCaseload(p1, 6);
    await giveCaseload(p2, 3);
    await giveCaseload(p3, 3);
    const mover = (await createPatient()).userId;
    const registrations = Array.from({ length: 5 }, () => registerPatient(patientInput()));
    const results = await Promise.all([disableAccount({ id: admin }, p1), ...registrations, movePatient({ id: admin }, mover, p1)]);
    expect(results[0]).toMatchObject({ ok: true, done: "disabled" });
    expect(results.slice(1, 6).every((r) => r.ok)).toBe(true);
    // The move either went first (and the patient was then spread with the rest) or found p1 disabled.
    expect([true, false]).toContain(results[6].ok);
    expect(await patientsWithoutActivePsychiatrist()).toEqual([]);
    expect(await caseloadsOf([p1])).toEqual({ [p1]: 0 });
    expect(await caseloadGap([p2, p3])).toBeLessThanOrEqual(1);
  });

  it("two admins disabling each other at once: exactly one succeeds, and an active admin remains", async () => {
    const other = await createAdminAccount();
    const results = await Promise.all([disableAccount({ id: admin }, other), disableAccount({ id: other }, admin)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "not-allowed" }]);
    expect(await activeAdmins()).toBe(1);
  });

  it("two admins removing each other at once: exactly one succeeds, and an active admin remains", async () => {
    const other = await createAdminAccount();
    const results = await Promise.all([removeAccount({ id: admin }, other), removeAccount({ id: other }, admin)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });

  it("two admins each disabling themselves at once: one is left", async () => {
    const other = await createAdminAccount();
    const results = await Promise.all([disableAccount({ id: admin }, admin), disableAccount({ id: other }, other)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "last-admin" }]);
    expect(await activeAdmins()).toBe(1);
  });
});
