// Psychiatrists' applications for the approvals screens, written straight into the e2e database
// through the app's own registration. Each applicant takes no new patients, so that approving
// one in a test never draws the patients other specs register away from the demo psychiatrists.
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../db/client";
import { psychiatrists, users } from "../db/schema";
import { registerPsychiatrist } from "../lib/accounts/register-psychiatrist";
import { psychiatristInput } from "../lib/testing/accounts";
import { uniqueEmail, uniqueRegistrationNumber } from "./fixtures";

export type Applicant = { userId: number; name: string; email: string; registrationNumber: string; bio: string };

export async function createApplication(firstName: string, lastName: string): Promise<Applicant> {
  const input = psychiatristInput({
    firstName,
    lastName,
    email: uniqueEmail("e2e.applicant"),
    registrationNumber: uniqueRegistrationNumber(),
    bio: `${firstName} works with adults living with anxiety and low mood, in the NHS and in private practice.`,
  });
  const result = await registerPsychiatrist(input);
  if (!result.ok || !result.data) throw new Error(`could not create an application: ${result.ok ? "no id" : result.message}`);
  await getDb().update(psychiatrists).set({ acceptingNewPatients: false }).where(eq(psychiatrists.userId, result.data.userId));
  return { userId: result.data.userId, name: `${firstName} ${lastName}`, email: input.email, registrationNumber: input.registrationNumber, bio: input.bio };
}

/** The account's status now, or undefined once the account is gone. */
export async function accountStatus(userId: number): Promise<string | undefined> {
  const [row] = await getDb().select({ status: users.status }).from(users).where(eq(users.id, userId));
  return row?.status;
}

/**
 * Removes whichever of these applications a test left waiting (it failed part way, say), so the
 * approvals list other specs see holds only the seeded applicant and their own.
 */
export async function removeLeftoverApplications(userIds: readonly number[]): Promise<void> {
  const waiting = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...userIds]), eq(users.status, "pending")));
  for (const { id } of waiting) {
    await getDb().delete(psychiatrists).where(eq(psychiatrists.userId, id));
    await getDb().delete(users).where(eq(users.id, id));
  }
}
