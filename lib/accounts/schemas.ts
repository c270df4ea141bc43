import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, isCommonPassword } from "./password-rules";
import { toE164 } from "./phone";
import { normalizeUkPostcode } from "./postcode";
import { normalizeRegistrationNumber } from "./registration-number";
import { canonicalTimezone, isValidTimezone } from "./timezone";

// One schema per form, used by the browser form for instant messages and by the server action,
// which never trusts the browser's check.

// Control and invisible formatting characters (bidi overrides, zero-width spaces) have no place
// in a name: they break exports and emails and can make one name look like another. The
// zero-width (non-)joiners are kept: Persian and Indic names need them.
const CONTROL = /(?![\u200c\u200d])[\p{Cc}\p{Cf}]/u;

/** A zod transform that normalises a value, or reports `message` when it cannot. */
function normalisedBy(normalise: (value: string) => string | null, message: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    const normal = normalise(value);
    if (normal) return normal;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
}

const name = (label: string) =>
  z
    .string({ error: `Enter your ${label}` })
    .trim()
    .min(1, `Enter your ${label}`)
    .max(100, `Your ${label} must be at most 100 characters`)
    .refine((v) => !CONTROL.test(v), `Your ${label} contains characters that are not allowed`);

export const emailField = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "Your email address must be at most 254 characters")
  .pipe(z.email("Enter a valid email address, like name@example.com"));

const newPassword = z
  .string({ error: "Choose a password" })
  .min(MIN_PASSWORD_LENGTH, `Your password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Your password must be at most ${MAX_PASSWORD_LENGTH} characters`)
  .refine((v) => !isCommonPassword(v), "This password is too common; choose one that is harder to guess");

const phone = z
  .string({ error: "Enter your phone number" })
  .trim()
  .min(1, "Enter your phone number")
  .max(30, "Enter a valid phone number, like 020 7946 0018 or +44 20 7946 0018")
  .transform(normalisedBy(toE164, "Enter a valid phone number, like 020 7946 0018 or +44 20 7946 0018"));

const postcode = z
  .string({ error: "Enter your postcode" })
  .trim()
  .min(1, "Enter your postcode")
  .max(10, "Enter a valid UK postcode, like SW1A 1AA")
  .transform(normalisedBy(normalizeUkPostcode, "Enter a valid UK postcode, like SW1A 1AA"));

const timezone = z
  .string({ error: "Choose your time zone" })
  .trim()
  .refine(isValidTimezone, "Choose a valid time zone, like Europe/London")
  // Stored as the runtime spells it ("europe/london" becomes "Europe/London").
  .transform(canonicalTimezone);

const medicalNotes = z
  .string({ error: "Medical notes must be text of at most 500 characters" })
  .trim()
  .max(500, "Medical notes must be at most 500 characters")
  .optional()
  .transform((v) => (v ? v : null));

const registrationNumber = z
  .string({ error: "Enter your BACP membership number" })
  .trim()
  .min(1, "Enter your BACP membership number")
  .max(20, "Enter your BACP membership number: 6 to 8 digits, like 012345")
  .transform(normalisedBy(normalizeRegistrationNumber, "Enter your BACP membership number: 6 to 8 digits, like 012345"));

const bio = z
  .string({ error: "Write a short bio" })
  .trim()
  .min(20, "Write a short bio of at least 20 characters")
  .max(1000, "Your bio must be at most 1000 characters");

const personFields = {
  firstName: name("first name"),
  lastName: name("last name"),
  email: emailField,
  password: newPassword,
  confirmPassword: z.string({ error: "Repeat your password" }),
  phone,
  timezone,
};

// Checked even when other fields are wrong (zod skips object checks then by default), so every
// message shows at once rather than one round trip at a time.
const passwordsMatch = {
  path: ["confirmPassword"],
  message: "The two passwords do not match",
  when: (payload: { value: unknown }) => {
    const value = payload.value as { password?: unknown; confirmPassword?: unknown };
    return typeof value?.password === "string" && typeof value?.confirmPassword === "string";
  },
};
const samePasswords = (value: { password: string; confirmPassword: string }) => value.password === value.confirmPassword;

export const patientRegistrationSchema = z
  .object({ ...personFields, postcode, medicalNotes })
  .refine(samePasswords, passwordsMatch);

export const psychiatristRegistrationSchema = z
  .object({ ...personFields, postcode, registrationNumber, bio })
  .refine(samePasswords, passwordsMatch);

export const signInSchema = z.object({
  email: emailField,
  // Existing passwords are only checked against their hash, never against today's rules.
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(MAX_PASSWORD_LENGTH * 4, "That password is far longer than any MiWell allows"),
});

export type PatientRegistration = z.output<typeof patientRegistrationSchema>;
export type PsychiatristRegistration = z.output<typeof psychiatristRegistrationSchema>;
