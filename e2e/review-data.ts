// A psychiatrist of one test's own, with one patient: the review queue then holds exactly what
// the test wrote, whatever other specs do to the demo caseloads. Written straight into the e2e
// database through the app's own code, as test-data.ts does for patients.
import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { patients, psychiatrists } from "../db/schema";
import { approvePsychiatrist } from "../lib/accounts/approve-psychiatrist";
import { registerPsychiatrist } from "../lib/accounts/register-psychiatrist";
import { psychiatristInput } from "../lib/testing/accounts";
import { createPatientAccount, type FreshAccount } from "./test-data";

export type FreshPsychiatrist = FreshAccount & { lastName: string; name: string };

let sequence = 0;

function uniqueSuffix(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${process.pid.toString(36)}${sequence}`;
}

/**
 * An approved psychiatrist who takes no new patients (so registrations elsewhere never reach
 * them), and one patient of theirs with no check-ins yet.
 */
export async function createCaseload(): Promise<{ psychiatrist: FreshPsychiatrist; patient: FreshAccount & { name: string } }> {
  const suffix = uniqueSuffix();
  const input = psychiatristInput({
    firstName: "Robin",
    lastName: "Achebe",
    email: `e2e.review.${suffix}@example.com`,
    // Eight digits: never one of the seeded six-digit numbers, nor another run's.
    registrationNumber: String((Date.now() % 10_000_000) * 10 + (sequence % 10)).padStart(8, "0"),
  });
  const registered = await registerPsychiatrist(input);
  if (!registered.ok || !registered.data) throw new Error(`could not create a test psychiatrist: ${registered.ok ? "no id" : registered.message}`);
  const psychiatristId = registered.data.userId;
  await getDb().update(psychiatrists).set({ acceptingNewPatients: false }).where(eq(psychiatrists.userId, psychiatristId));
  await approvePsychiatrist(psychiatristId, null);

  const patient = await createPatientAccount("Casey");
  await getDb().update(patients).set({ psychiatristId }).where(eq(patients.userId, patient.userId));
  return {
    psychiatrist: { userId: psychiatristId, email: input.email, password: input.password, firstName: input.firstName, lastName: input.lastName, name: `${input.firstName} ${input.lastName}` },
    patient: { ...patient, name: `${patient.firstName} Morgan` },
  };
}
