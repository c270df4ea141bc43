import { z } from "zod";
import { existingPassword, signInSchema } from "@/lib/accounts/schemas";

export const CODE_FORMAT = "Enter the 6-digit code from your authenticator app, or one of your recovery codes";
const SIX_DIGITS = "Enter the 6-digit code your authenticator app shows now";

/** A code as typed, spaces and all; blank is left out (the sign-in check then asks for one). */
const codeText = z
  .string({ error: CODE_FORMAT })
  .trim()
  .max(40, CODE_FORMAT)
  .refine((v) => /^[\s\dA-Za-z-]*$/.test(v), CODE_FORMAT);

/** Sign-in: the code field appears once the password is accepted for an account with two-factor sign-in. */
export const signInWithCodeSchema = signInSchema.extend({
  code: codeText.optional().transform((v) => v || undefined),
});

/** A code from the authenticator app, which proves the app was set up with the secret. */
const authenticatorCode = z
  .string({ error: SIX_DIGITS })
  .transform((v) => v.replace(/\s/g, ""))
  .refine((v) => /^\d{6}$/.test(v), SIX_DIGITS);

/** Turning two-factor sign-in on: the set-up being confirmed, a code from the app, and the password. */
export const enableTwoFactorSchema = z.object({
  enrolment: z.string({ error: "Start the set-up again" }).min(1, "Start the set-up again").max(1000, "Start the set-up again"),
  code: authenticatorCode,
  password: existingPassword("Enter your password"),
});

/** Turning it off, or new recovery codes: the password and a current code (or a recovery code). */
export const confirmTwoFactorSchema = z.object({
  password: existingPassword("Enter your password"),
  code: codeText.min(1, CODE_FORMAT),
});
