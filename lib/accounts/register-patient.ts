import { getDb } from "@/db/client";
import { patients } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { type ActionResult, failure } from "@/lib/forms/action-result";
import { pickPsychiatrist } from "./assign-psychiatrist";
import { emailTaken, insertUser } from "./insert-user";
import { NO_PSYCHIATRIST_AVAILABLE } from "./messages";
import type { PatientRegistration } from "./schemas";

export type RegisteredPatient = { userId: number; psychiatristId: number };

type Choices = "emergencyContactName" | "emergencyContactPhone" | "remindersOptIn" | "reminderTime";
/** A registration; accounts made outside the form (the demo seed) may leave the optional choices out. */
export type NewPatient = Omit<PatientRegistration, Choices> & Partial<Pick<PatientRegistration, Choices>>;

/**
 * Creates a patient and assigns them to a psychiatrist in one transaction: either both are
 * written or, when nobody can take them or the email is taken, nothing is.
 */
export async function registerPatient(input: NewPatient): Promise<ActionResult<RegisteredPatient>> {
  // Hashed before the transaction so the psychiatrist locks are held for milliseconds, not for argon2.
  return createPatientAccount(input, await hashPassword(input.password));
}

export async function createPatientAccount(
  input: Omit<NewPatient, "password" | "confirmPassword">,
  passwordHash: string,
): Promise<ActionResult<RegisteredPatient>> {
  try {
    return await retryTransaction(() =>
      getDb().transaction(
        async (tx) => {
          const psychiatristId = await pickPsychiatrist(tx);
          if (psychiatristId === null) return failure(NO_PSYCHIATRIST_AVAILABLE);
          const userId = await insertUser(tx, input, passwordHash, "patient", "active");
          const { postcode, medicalNotes, emergencyContactName, emergencyContactPhone, remindersOptIn, reminderTime } = input;
          // A choice left out (undefined) takes the column's default: no contact, no reminders.
          await tx.insert(patients).values({
            userId,
            psychiatristId,
            postcode,
            medicalNotes,
            emergencyContactName,
            emergencyContactPhone,
            remindersOptIn,
            reminderTime,
          });
          return { ok: true as const, data: { userId, psychiatristId } };
        },
        { isolationLevel: "read committed" },
      ),
    );
  } catch (error) {
    const conflict = emailTaken(error);
    if (conflict) return conflict;
    throw error;
  }
}
