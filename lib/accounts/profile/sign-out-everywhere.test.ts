import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createPsychiatrist } from "@/lib/testing/accounts";
import { auditTrail, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { ACCOUNT_UNAVAILABLE } from "./own-account";
import { signOutEverywhere } from "./sign-out-everywhere";

describe("signOutEverywhere", () => {
  beforeEach(resetDatabase);

  it("moves a staff account's session version on, naming no patient in the trail", async () => {
    const doctor = await createPsychiatrist();
    expect(await signOutEverywhere({ id: doctor, ip: "192.0.2.5" })).toEqual({ ok: true });
    expect(await userRow(doctor)).toMatchObject({ sessionVersion: 2 });
    expect(await auditTrail()).toEqual([
      { actorId: doctor, action: "account.sign-out-everywhere", outcome: "allowed", targetType: "user", targetId: doctor, patientId: null },
    ]);
  });

  it("refuses a disabled or missing account and audits the attempt", async () => {
    const doctor = await createPsychiatrist();
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, doctor));
    expect(await signOutEverywhere({ id: doctor })).toEqual({ ok: false, message: ACCOUNT_UNAVAILABLE, fieldErrors: {} });
    expect(await signOutEverywhere({ id: 987654 })).toMatchObject({ ok: false });
    expect(await userRow(doctor)).toMatchObject({ sessionVersion: 1 });
    expect((await auditTrail()).map((r) => [r.actorId, r.outcome])).toEqual([
      [doctor, "denied"],
      [987654, "denied"],
    ]);
  });
});
