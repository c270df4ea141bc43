import { getDb } from "@/db/client";
import { psychiatrists } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { isDuplicateKey } from "@/lib/db/mysql-errors";
import { type ActionResult, fieldFailure } from "@/lib/forms/action-result";
import { emailTaken, insertUser } from "./insert-user";
import { REGISTRATION_NUMBER_TAKEN } from "./messages";
import type { PsychiatristRegistration } from "./schemas";

/** Creates a psychiatrist account awaiting an admin's approval; it takes no patients until then. */
export async function registerPsychiatrist(input: PsychiatristRegistration): Promise<ActionResult<{ userId: number }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().transaction(async (tx) => {
      const userId = await insertUser(tx, input, passwordHash, "psychiatrist", "pending");
      await tx.insert(psychiatrists).values({
        userId,
        registrationNumber: input.registrationNumber,
        postcode: input.postcode,
        bio: input.bio,
      });
      return { ok: true as const, data: { userId } };
    });
  } catch (error) {
    const conflict = emailTaken(error);
    if (conflict) return conflict;
    if (isDuplicateKey(error, "psychiatrists_registration_number_unique")) {
      return fieldFailure("registrationNumber", REGISTRATION_NUMBER_TAKEN);
    }
    throw error;
  }
}
