import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { isDuplicateKey } from "@/lib/db/duplicate-key";
import { type ActionResult, failure, fieldFailure } from "@/lib/forms/action-result";
import { pickPsychiatrist } from "./assign-psychiatrist";
import { EMAIL_TAKEN, NO_PSYCHIATRIST_AVAILABLE } from "./messages";
import type { PatientRegistration } from "./schemas";

export type RegisteredPatient = { userId: number; psychiatristId: number };

/**
 * Creates a patient and assigns them to a psychiatrist in one transaction: either both are
 * written or, when nobody can take them or the email is taken, nothing is.
 */
export async function registerPatient(input: PatientRegistration): Promise<ActionResult<RegisteredPatient>> {
  // Hashed before the transaction so the psychiatrist locks are held for milliseconds, not for argon2.
  return createPatientAccount(input, await hashPassword(input.password));
}

export async function createPatientAccount(
  input: Omit<PatientRegistration, "password" | "confirmPassword">,
  passwordHash: string,
): Promise<ActionResult<RegisteredPatient>> {
  try {
    return await getDb().transaction(
      async (tx) => {
        const psychiatristId = await pickPsychiatrist(tx);
        if (psychiatristId === null) return failure(NO_PSYCHIATRIST_AVAILABLE);
        const [{ id }] = await tx
          .insert(users)
          .values({
            email: input.email,
            passwordHash,
            role: "patient",
            status: "active",
            firstName: input.firstName,
            lastName: input.lastName,
            phone: input.phone,
            timezone: input.timezone,
          })
          .$returningId();
        await tx.insert(patients).values({
          userId: id,
          psychiatristId,
          postcode: input.postcode,
          medicalNotes: input.medicalNotes,
        });
        return { ok: true as const, data: { userId: id, psychiatristId } };
      },
      { isolationLevel: "read committed" },
    );
  } catch (error) {
    if (isDuplicateKey(error, "users_email_key_unique")) return fieldFailure("email", EMAIL_TAKEN);
    throw error;
  }
}
