import { beforeEach, describe, expect, it } from "vitest";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { myPsychiatrist } from "./my-psychiatrist";
import { homeForEmail } from "@/lib/auth/home-for-email";
import { caseload } from "@/lib/caseload/caseload";

describe("what each role's home shows", () => {
  let drA: number;
  let drB: number;
  beforeEach(async () => {
    await resetDatabase();
    drA = await createPsychiatrist({ firstName: "Ada", lastName: "Able" });
    drB = await createPsychiatrist({ firstName: "Ben", lastName: "Baker" });
    await createPsychiatrist({ approved: false, firstName: "Pia", lastName: "Pending", registrationNumber: "999999" });
  });

  it("a patient sees only their own psychiatrist's name", async () => {
    const first = await createPatient();
    const second = await createPatient();
    expect(first.psychiatristId).toBe(drA);
    expect(await myPsychiatrist(first.userId)).toEqual({ firstName: "Ada", lastName: "Able" });
    expect(await myPsychiatrist(second.userId)).toEqual({ firstName: "Ben", lastName: "Baker" });
    expect(await myPsychiatrist(999_999)).toBeNull();
  });

  it("a psychiatrist sees only their own patients, by name", async () => {
    await createPatient({ firstName: "Zed", lastName: "Zulu" });
    await createPatient({ firstName: "Other", lastName: "Person" });
    await createPatient({ firstName: "Amy", lastName: "Alpha" });
    const lastNames = async (psychiatristId: number) => (await caseload({ id: psychiatristId }, { sort: "name" })).rows.map((p) => p.lastName);
    expect(await lastNames(drA)).toEqual(["Alpha", "Zulu"]);
    expect(await lastNames(drB)).toEqual(["Person"]);
  });

  it("sign-in sends each account to its home", async () => {
    const { email } = await createPatient();
    expect(await homeForEmail(email)).toBe("/today");
    expect(await homeForEmail("nobody@example.test")).toBe("/");
  });
});
