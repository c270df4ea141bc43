// Accounts for the people screens, written straight into the e2e database through the app's own
// code, as test-data.ts does. A psychiatrist made here never takes new patients, so other specs'
// registrations still go to the demo psychiatrists.
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../db/client";
import { patients, psychiatrists, users } from "../db/schema";
import { lockCandidates } from "../lib/accounts/assign-psychiatrist";
import type { Candidate } from "../lib/accounts/choose-psychiatrist";
import { registerPsychiatrist } from "../lib/accounts/register-psychiatrist";
import { psychiatristInput } from "../lib/testing/accounts";
import { uniqueEmail, uniqueRegistrationNumber } from "./fixtures";
import { createPatientAccount, type FreshAccount } from "./test-data";

export type FreshPsychiatrist = { userId: number; email: string; name: string; patients: (FreshAccount & { name: string })[] };

/**
 * An approved psychiatrist who is not accepting new patients, with `count` fresh patients moved
 * to them (registered through the app, then moved, as an admin's reassignment would).
 */
export async function psychiatristWithPatients(lastName: string, count: number): Promise<FreshPsychiatrist> {
  const input = psychiatristInput({ firstName: "Jo", lastName, email: uniqueEmail("e2e.people"), registrationNumber: uniqueRegistrationNumber() });
  const result = await registerPsychiatrist(input);
  if (!result.ok) throw new Error(`could not create a test psychiatrist: ${result.message}`);
  const userId = result.data!.userId;
  // Not accepting before being approved: never a candidate for anyone else's registration.
  await getDb().update(psychiatrists).set({ acceptingNewPatients: false, approvedAt: new Date() }).where(eq(psychiatrists.userId, userId));
  await getDb().update(users).set({ status: "active" }).where(eq(users.id, userId));
  const made: FreshPsychiatrist["patients"] = [];
  for (let i = 0; i < count; i++) {
    const patient = await createPatientAccount(`Kit${i + 1}`);
    await getDb().update(patients).set({ psychiatristId: userId }).where(eq(patients.userId, patient.userId));
    made.push({ ...patient, name: `Kit${i + 1} Morgan` });
  }
  return { userId, email: input.email, name: `Jo ${lastName}`, patients: made };
}

/** The psychiatrists who may take new patients now, with their caseloads, as the assignment rule reads them. */
export async function acceptingCandidates(): Promise<Candidate[]> {
  return getDb().transaction((tx) => lockCandidates(tx));
}

/** Each of these patients' psychiatrist now. */
export async function psychiatristsOf(patientIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await getDb()
    .select({ patient: patients.userId, psychiatrist: patients.psychiatristId })
    .from(patients)
    .where(inArray(patients.userId, [...patientIds]));
  return new Map(rows.map((r) => [r.patient, r.psychiatrist]));
}

export async function psychiatristIdOf(patientId: number): Promise<number> {
  return (await psychiatristsOf([patientId])).get(patientId)!;
}

/** A psychiatrist's name as the screens show it. */
export async function nameOf(userId: number): Promise<string> {
  const [row] = await getDb().select({ first: users.firstName, last: users.lastName }).from(users).where(eq(users.id, userId));
  return `${row.first} ${row.last}`;
}

/** The demo psychiatrists by name, with their ids. */
export async function demoPsychiatrists(names: readonly string[]): Promise<Map<string, number>> {
  const rows = await getDb()
    .select({ id: users.id, first: users.firstName, last: users.lastName })
    .from(users)
    .where(and(eq(users.role, "psychiatrist"), eq(users.status, "active")));
  return new Map(rows.map((r) => [`${r.first} ${r.last}`, r.id]).filter(([name]) => names.includes(name as string)) as [string, number][]);
}

/** How many accounts have this role and status now: other specs add accounts to the shared database. */
export async function accountsWith(role: "patient" | "psychiatrist" | "admin", status: "active" | "pending" | "disabled"): Promise<number> {
  const rows = await getDb().select({ id: users.id }).from(users).where(and(eq(users.role, role), eq(users.status, status)));
  return rows.length;
}
