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

/** A name as a person writes it, trimmed; `missing` is the message when it is absent or not text. */
const nameText = (label: string, max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .max(max, `Your ${label} must be at most ${max} characters`)
    .refine((v) => !CONTROL.test(v), `Your ${label} contains characters that are not allowed`);

const name = (label: string) => nameText(label, 100, `Enter your ${label}`).min(1, `Enter your ${label}`);

/** Optional text: left out or blank is stored as null. */
const blankAsNull = (value: string | undefined) => value || null;

export const emailField = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "Your email address must be at most 254 characters")
  .pipe(z.email("Enter a valid email address, like name@example.com"));

export const newPassword = z
  .string({ error: "Choose a password" })
  .min(MIN_PASSWORD_LENGTH, `Your password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Your password must be at most ${MAX_PASSWORD_LENGTH} characters`)
  .refine((v) => !isCommonPassword(v), "This password is too common; choose one that is harder to guess");

const PHONE_INVALID = "Enter a valid phone number, like 020 7946 0018 or +44 20 7946 0018";
const toPhone = normalisedBy(toE164, PHONE_INVALID);

const phone = z
  .string({ error: "Enter your phone number" })
  .trim()
  .min(1, "Enter your phone number")
  .max(30, PHONE_INVALID)
  .transform(toPhone);

export const postcode = z
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

export const medicalNotes = z
  .string({ error: "Medical notes must be text of at most 500 characters" })
  .trim()
  .max(500, "Medical notes must be at most 500 characters")
  .optional()
  .transform(blankAsNull);

const registrationNumber = z
  .string({ error: "Enter your BACP membership number" })
  .trim()
  .min(1, "Enter your BACP membership number")
  .max(20, "Enter your BACP membership number: 6 to 8 digits, like 012345")
  .transform(normalisedBy(normalizeRegistrationNumber, "Enter your BACP membership number: 6 to 8 digits, like 012345"));

export const bio = z
  .string({ error: "Write a short bio" })
  .trim()
  .min(20, "Write a short bio of at least 20 characters")
  .max(1000, "Your bio must be at most 1000 characters");

/** Who a person is and how to reach them: every account has these, and can change them. */
export const contactFields = {
  firstName: name("first name"),
  lastName: name("last name"),
  email: emailField,
  phone,
  timezone,
};

/** A new password, typed twice; pair the object with `.refine(samePasswords, passwordsMatch)`. */
export const newPasswordFields = {
  password: newPassword,
  confirmPassword: z.string({ error: "Repeat your password" }),
};

const personFields = { ...contactFields, ...newPasswordFields };

// Checked even when other fields are wrong (zod skips object checks then by default), so every
// message shows at once rather than one round trip at a time.
export const passwordsMatch = {
  path: ["confirmPassword"],
  message: "The two passwords do not match",
  when: (payload: { value: unknown }) => {
    const value = payload.value as { password?: unknown; confirmPassword?: unknown };
    return typeof value?.password === "string" && typeof value?.confirmPassword === "string";
  },
};
export const samePasswords = (value: { password: string; confirmPassword: string }) => value.password === value.confirmPassword;

// Someone the psychiatrist can call when a patient may be at risk. Each half is optional on its
// own field; requireWholeEmergencyContact asks for the other half once one is given.
export const EMERGENCY_CONTACT_NAME_MISSING = "Enter your emergency contact's name";
export const EMERGENCY_CONTACT_PHONE_MISSING = "Enter your emergency contact's phone number";

export const emergencyContactFields = {
  emergencyContactName: nameText("emergency contact's name", 200, EMERGENCY_CONTACT_NAME_MISSING).optional().transform(blankAsNull),
  emergencyContactPhone: z
    .string({ error: PHONE_INVALID })
    .trim()
    .max(30, PHONE_INVALID)
    .optional()
    .transform((v, ctx) => (v ? toPhone(v, ctx) : null)),
};

type ContactHalves = { emergencyContactName: unknown; emergencyContactPhone: unknown };
// A half that failed its own check still counts as given: the other half is asked for too.
const given = (value: unknown) => value !== undefined && value !== null && value !== "";
// Like passwordsMatch, checked even when other fields are wrong.
const whenObject = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;

/** Half a contact cannot be called: a name needs a phone number and a phone number a name. */
export function requireWholeEmergencyContact<S extends z.ZodType<ContactHalves>>(schema: S): S {
  return schema
    .refine((v) => given(v.emergencyContactName) || !given(v.emergencyContactPhone), {
      path: ["emergencyContactName"],
      message: EMERGENCY_CONTACT_NAME_MISSING,
      when: whenObject,
    })
    .refine((v) => given(v.emergencyContactPhone) || !given(v.emergencyContactName), {
      path: ["emergencyContactPhone"],
      message: EMERGENCY_CONTACT_PHONE_MISSING,
      when: whenObject,
    });
}

// The format of an <input type="time"> value, and of the service's default reminder time.
const HOURS_MINUTES = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_INVALID = "Enter a time as HH:MM, like 07:30";

/** A time of day as "HH:MM" on the 24-hour clock. */
export const timeOfDay = z.string({ error: TIME_INVALID }).regex(HOURS_MINUTES, TIME_INVALID);

/** A checkbox: ticked posts "on" and unticked nothing; the browser's form state holds a boolean. */
export const tickBox = (message: string) =>
  z
    .union([z.boolean(), z.literal("on")], { error: message })
    .optional()
    .transform((v) => v === true || v === "on");

export const reminderFields = {
  remindersOptIn: tickBox("Choose whether you want daily reminders"),
  // Null: the service's default time, which an admin may change later.
  reminderTime: z
    .string({ error: TIME_INVALID })
    .trim()
    .refine((v) => v === "" || HOURS_MINUTES.test(v), TIME_INVALID)
    .optional()
    .transform(blankAsNull),
};

export const patientRegistrationSchema = requireWholeEmergencyContact(
  z
    .object({ ...personFields, postcode, medicalNotes, ...emergencyContactFields, ...reminderFields })
    .refine(samePasswords, passwordsMatch),
);

export const psychiatristRegistrationSchema = z
  .object({ ...personFields, postcode, registrationNumber, bio })
  .refine(samePasswords, passwordsMatch);

/** A password someone already has: only checked against its hash, never against today's rules. */
export const existingPassword = (missing: string) =>
  z
    .string({ error: missing })
    .min(1, missing)
    .max(MAX_PASSWORD_LENGTH * 4, "That password is far longer than any MiWell allows");

export const signInSchema = z.object({
  email: emailField,
  password: existingPassword("Enter your password"),
});

export type PatientRegistration = z.output<typeof patientRegistrationSchema>;
export type PsychiatristRegistration = z.output<typeof psychiatristRegistrationSchema>;
