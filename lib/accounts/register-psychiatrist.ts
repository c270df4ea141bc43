import { getDb } from "@/db/client";
import { psychiatrists, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { isDuplicateKey } from "@/lib/db/duplicate-key";
import { type ActionResult, fieldFailure } from "@/lib/forms/action-result";
import { EMAIL_TAKEN, REGISTRATION_NUMBER_TAKEN } from "./messages";
import type { PsychiatristRegistration } from "./schemas";

/** Creates a psychiatrist account awaiting an admin's approval; it takes no patients until then. */
export async function registerPsychiatrist(input: PsychiatristRegistration): Promise<ActionResult<{ userId: number }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().transaction(async (tx) => {
      const [{ id }] = await tx
        .insert(users)
        .values({
          email: input.email,
          passwordHash,
          role: "psychiatrist",
          status: "pending",
          firstName: input.firstName,
          lastName: input.lastName,
          phone: input.phone,
          timezone: input.timezone,
        })
        .$returningId();
      await tx.insert(psychiatrists).values({
        userId: id,
        registrationNumber: input.registrationNumber,
        postcode: input.postcode,
        bio: input.bio,
      });
      return { ok: true as const, data: { userId: id } };
    });
  } catch (error) {
    if (isDuplicateKey(error, "users_email_key_unique")) return fieldFailure("email", EMAIL_TAKEN);
    if (isDuplicateKey(error, "psychiatrists_registration_number_unique")) {
      return fieldFailure("registrationNumber", REGISTRATION_NUMBER_TAKEN);
    }
    throw error;
  }
}
