import { beforeEach, describe, expect, it } from "vitest";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { giveCaseload, setAccepting } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { deletionOutlook } from "./deletion-outlook";

describe("what deleting your own account would do", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("tells a psychiatrist how many patients would move, and whether anyone could take them now", async () => {
    const leaving = await createPsychiatrist();
    const other = await createPsychiatrist();
    await giveCaseload(leaving, 3);
    expect(await deletionOutlook(leaving)).toEqual({ role: "psychiatrist", patients: 3, othersCanTake: true });
    await setAccepting(other, false);
    expect(await deletionOutlook(leaving)).toEqual({ role: "psychiatrist", patients: 3, othersCanTake: false });
    expect(await deletionOutlook(other)).toEqual({ role: "psychiatrist", patients: 0, othersCanTake: true });
  });

  it("tells an admin whether they are the last active one; a patient and an unknown id", async () => {
    const first = await createAdminAccount();
    expect(await deletionOutlook(first)).toEqual({ role: "admin", lastAdmin: true });
    await createAdminAccount({ disabled: true });
    expect(await deletionOutlook(first)).toEqual({ role: "admin", lastAdmin: true });
    await createAdminAccount();
    expect(await deletionOutlook(first)).toEqual({ role: "admin", lastAdmin: false });
    await createPsychiatrist();
    expect(await deletionOutlook((await createPatient()).userId)).toEqual({ role: "patient" });
    expect(await deletionOutlook(987654)).toBeNull();
  });
});
