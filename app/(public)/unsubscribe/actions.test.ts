import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { patients } from "@/db/schema";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { resetDatabase } from "@/lib/testing/reset-database";
import { unsubscribeAction } from "./actions";

async function optedIn(patientId: number): Promise<boolean> {
  const [row] = await getDb().select({ on: patients.remindersOptIn }).from(patients).where(eq(patients.userId, patientId));
  return row.on;
}

describe("the unsubscribe button", () => {
  let patientId: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patientId = (await createPatient()).userId;
    await getDb().update(patients).set({ remindersOptIn: true }).where(eq(patients.userId, patientId));
  });

  it("turns off the reminders of the patient the token was made for, without signing in", async () => {
    expect(await redirectedTo(unsubscribeAction(formData({ token: unsubscribeToken(patientId) })))).toBe("/unsubscribe?done=1");
    expect(await optedIn(patientId)).toBe(false);
  });

  it("says the link is not valid for a forged token or none, and changes nothing", async () => {
    const forged = `${patientId}.${"A".repeat(24)}`;
    expect(await redirectedTo(unsubscribeAction(formData({ token: forged })))).toBe("/unsubscribe?invalid=1");
    expect(await redirectedTo(unsubscribeAction(formData({})))).toBe("/unsubscribe?invalid=1");
    expect(await optedIn(patientId)).toBe(true);
  });
});
