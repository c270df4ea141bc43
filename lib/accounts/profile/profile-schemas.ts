import { z } from "zod";
import type { Role } from "@/db/schema";
import { bio, contactFields, emergencyContactFields, medicalNotes, postcode, reminderFields, requireWholeEmergencyContact, tickBox } from "../schemas";

// The details each role keeps on /account, under the same rules as registration. A BACP number
// is not among them: it was checked by an admin, and a changed one would skip that check.

export const patientProfileSchema = requireWholeEmergencyContact(
  z.object({ ...contactFields, postcode, medicalNotes, ...emergencyContactFields, ...reminderFields }),
);

export const psychiatristProfileSchema = z.object({
  ...contactFields,
  postcode,
  bio,
  acceptingNewPatients: tickBox("Choose whether you take new patients"),
});

export const adminProfileSchema = z.object(contactFields);

export type PatientProfile = z.output<typeof patientProfileSchema>;
export type PsychiatristProfile = z.output<typeof psychiatristProfileSchema>;
export type AdminProfile = z.output<typeof adminProfileSchema>;

export const profileSchemas = {
  patient: patientProfileSchema,
  psychiatrist: psychiatristProfileSchema,
  admin: adminProfileSchema,
} satisfies Record<Role, z.ZodType>;
