// Builders for tests: accounts made through the same code paths the app uses.
import { approvePsychiatrist } from "@/lib/accounts/approve-psychiatrist";
import { registerPatient } from "@/lib/accounts/register-patient";
import { registerPsychiatrist } from "@/lib/accounts/register-psychiatrist";
import type { PatientRegistration, PsychiatristRegistration } from "@/lib/accounts/schemas";

export const TEST_PASSWORD = "a-long-test-password";

let counter = 0;
const next = () => `${process.pid}-${++counter}`;

export function patientInput(overrides: Partial<PatientRegistration> = {}): PatientRegistration {
  const n = next();
  return {
    firstName: "Pat",
    lastName: `Patient ${n}`,
    email: `patient-${n}@example.test`,
    password: TEST_PASSWORD,
    confirmPassword: TEST_PASSWORD,
    phone: "+442079460123",
    timezone: "Europe/London",
    postcode: "SW1A 1AA",
    medicalNotes: null,
    emergencyContactName: null,
    emergencyContactPhone: null,
    remindersOptIn: false,
    reminderTime: null,
    ...overrides,
  };
}

export function psychiatristInput(overrides: Partial<PsychiatristRegistration> = {}): PsychiatristRegistration {
  const n = next();
  return {
    firstName: "Sam",
    lastName: `Psychiatrist ${n}`,
    email: `psychiatrist-${n}@example.test`,
    password: TEST_PASSWORD,
    confirmPassword: TEST_PASSWORD,
    phone: "+442079460456",
    timezone: "Europe/London",
    postcode: "M1 1AE",
    registrationNumber: String(100000 + counter).padStart(6, "0"),
    bio: "A psychiatrist who works with adults with anxiety.",
    ...overrides,
  };
}

export async function createPsychiatrist(options: { approved?: boolean } & Partial<PsychiatristRegistration> = {}): Promise<number> {
  const { approved = true, ...overrides } = options;
  const result = await registerPsychiatrist(psychiatristInput(overrides));
  if (!result.ok) throw new Error(result.message);
  if (approved) await approvePsychiatrist(result.data!.userId, null);
  return result.data!.userId;
}

export async function createPatient(overrides: Partial<PatientRegistration> = {}): Promise<{ userId: number; psychiatristId: number; email: string }> {
  const input = patientInput(overrides);
  const result = await registerPatient(input);
  if (!result.ok) throw new Error(result.message);
  return { ...result.data!, email: input.email };
}
