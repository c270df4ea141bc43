import { z } from "zod";
import { existingPassword, newPasswordFields, passwordsMatch, samePasswords } from "../schemas";

export const SAME_AS_CURRENT = "Choose a password different from your current one";

/** The current password (checked against its hash, not today's rules) and the new one, twice. */
export const passwordChangeSchema = z
  .object({ currentPassword: existingPassword("Enter your current password"), ...newPasswordFields })
  .refine(samePasswords, passwordsMatch)
  // The typed current password is checked against the stored one before anything changes, so
  // comparing the two typed values is the same as comparing with the stored password.
  .refine((v) => v.password !== v.currentPassword, {
    path: ["password"],
    message: SAME_AS_CURRENT,
    when: (payload) => {
      const value = payload.value as { password?: unknown; currentPassword?: unknown };
      return typeof value?.password === "string" && typeof value?.currentPassword === "string";
    },
  });

export type PasswordChange = z.output<typeof passwordChangeSchema>;
