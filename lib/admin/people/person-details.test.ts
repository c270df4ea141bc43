import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { auditTrail, giveCaseload, setAccepting } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry } from "@/lib/testing/review";
import { acceptingSpread, caseloadOverview } from "./caseload-overview";
import { personDetails } from "./person-details";

describe("one account as an admin sees it", () => {
  let admin: number;
  let doctor: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    doctor = await createPsychiatrist({ firstName: "Dana", lastName: "Okoro", registrationNumber: "123456" });
  });

  it("shows a patient's psychiatrist, check-ins and last check-in, and audits the read naming them", async () => {
    const { userId: patient } = await createPatient({ firstName: "Ann", lastName: "Lee", email: "ann@example.test", timezone: "Europe/Paris" });
    await addEntry(patient, "2026-06-01", 5);
    await addEntry(patient, "2026-06-03", 2);
    expect(await personDetails({ id: admin }, patient)).toEqual({
      id: patient,
      firstName: "Ann",
      lastName: "Lee",
      email: "ann@example.test",
      phone: "+442079460123",
      timezone: "Europe/Paris",
      role: "patient",
      status: "active",
      createdAt: expect.any(Date),
      patient: { psychiatrist: { id: doctor, firstName: "Dana", lastName: "Okoro" }, assignedAt: expect.any(Date), entries: 2, lastCheckIn: "2026-06-03" },
      psychiatrist: null,
    });
    expect(await auditTrail()).toEqual([{ actorId: admin, action: "account.view", outcome: "allowed", targetType: "user", targetId: patient, patientId: patient }]);

    const { userId: quiet } = await createPatient();
    expect((await personDetails({ id: admin }, quiet))?.patient).toMatchObject({ entries: 0, lastCheckIn: null });
  });

  it("shows a psychiatrist's standing and caseload, and an admin's plain account", async () => {
    await giveCaseload(doctor, 3);
    await setAccepting(doctor, false);
    expect(await personDetails({ id: admin }, doctor)).toMatchObject({
      role: "psychiatrist",
      patient: null,
      psychiatrist: { registrationNumber: "123456", approvedAt: expect.any(Date), accepting: false, patients: 3 },
    });
    const pending = await createPsychiatrist({ approved: false });
    expect((await personDetails({ id: admin }, pending))?.psychiatrist).toEqual({
      registrationNumber: expect.any(String),
      approvedAt: null,
      accepting: true,
      patients: 0,
    });
    expect(await personDetails({ id: admin }, admin)).toMatchObject({ role: "admin", patient: null, psychiatrist: null });
    expect((await auditTrail()).map((r) => r.patientId)).toEqual([null, null, null]);
  });

  it("is null for an account that does not exist, and for anyone but an active admin", async () => {
    expect(await personDetails({ id: admin }, 987654)).toBeNull();
    const { userId: patient } = await createPatient();
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const actor of [patient, doctor, disabledAdmin]) expect(await personDetails({ id: actor }, patient)).toBeNull();
    expect((await auditTrail()).map((r) => [r.actorId, r.outcome])).toEqual([
      [patient, "denied"],
      [doctor, "denied"],
      [disabledAdmin, "denied"],
    ]);
  });
});

describe("the caseload overview", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  it("counts each active psychiatrist's patients in one grouped query, by name, with who accepts new patients", async () => {
    const zed = await createPsychiatrist({ firstName: "Ola", lastName: "Zed" });
    const amos = await createPsychiatrist({ firstName: "Kit", lastName: "Amos" });
    const idle = await createPsychiatrist({ firstName: "Ida", lastName: "Idle" });
    const pending = await createPsychiatrist({ approved: false, lastName: "Pending" });
    const gone = await createPsychiatrist({ lastName: "Gone" });
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, gone));
    await giveCaseload(zed, 4);
    await giveCaseload(amos, 2);
    await setAccepting(idle, false);

    const rows = await caseloadOverview({ id: admin });
    expect(rows).toEqual([
      { id: amos, firstName: "Kit", lastName: "Amos", patients: 2, accepting: true, approvedAt: expect.any(Date) },
      { id: idle, firstName: "Ida", lastName: "Idle", patients: 0, accepting: false, approvedAt: expect.any(Date) },
      { id: zed, firstName: "Ola", lastName: "Zed", patients: 4, accepting: true, approvedAt: expect.any(Date) },
    ]);
    expect(rows!.map((r) => r.id)).not.toContain(pending);
    expect(acceptingSpread(rows!)).toEqual({ fewest: 2, most: 4 });
    expect(acceptingSpread(rows!.filter((r) => !r.accepting))).toBeNull();
    // Counts only: no patient is named, so nothing is audited.
    expect(await auditTrail()).toEqual([]);
  });

  it("refuses anyone but an active admin, auditing the attempt", async () => {
    const doctor = await createPsychiatrist();
    expect(await caseloadOverview({ id: doctor })).toBeNull();
    expect(await auditTrail()).toEqual([{ actorId: doctor, action: "caseloads.view", outcome: "denied", targetType: null, targetId: null, patientId: null }]);
  });
});
