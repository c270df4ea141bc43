import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { patients, psychiatrists, users } from "@/db/schema";

type Contact = { firstName: string; lastName: string; email: string; phone: string; timezone: string };

/** What /account shows and prefills, as form values: empty text for nothing stored. */
export type OwnProfile =
  | {
      role: "patient";
      values: Contact & {
        postcode: string;
        medicalNotes: string;
        emergencyContactName: string;
        emergencyContactPhone: string;
        remindersOptIn: boolean;
        reminderTime: string;
      };
    }
  | {
      role: "psychiatrist";
      /** Shown, never edited here: an admin checked it. */
      registrationNumber: string;
      approved: boolean;
      values: Contact & { postcode: string; bio: string; acceptingNewPatients: boolean };
    }
  | { role: "admin"; values: Contact };

/**
 * The signed-in person's own details for their role, read with their own id only; null when the
 * account is gone or disabled.
 */
export async function ownProfile(userId: number): Promise<OwnProfile | null> {
  const [row] = await getDb()
    .select({ user: users, patient: patients, psychiatrist: psychiatrists })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(psychiatrists, eq(psychiatrists.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.user.status === "disabled") return null;
  const { firstName, lastName, email, phone, timezone } = row.user;
  const contact = { firstName, lastName, email, phone, timezone };
  // Registration writes the role's row in the account's transaction, so it is there for its role.
  if (row.user.role === "patient") {
    const patient = row.patient!;
    return {
      role: "patient",
      values: {
        ...contact,
        postcode: patient.postcode,
        medicalNotes: patient.medicalNotes ?? "",
        emergencyContactName: patient.emergencyContactName ?? "",
        emergencyContactPhone: patient.emergencyContactPhone ?? "",
        remindersOptIn: patient.remindersOptIn,
        reminderTime: patient.reminderTime ?? "",
      },
    };
  }
  if (row.user.role === "psychiatrist") {
    const psychiatrist = row.psychiatrist!;
    return {
      role: "psychiatrist",
      registrationNumber: psychiatrist.registrationNumber,
      approved: psychiatrist.approvedAt !== null,
      values: { ...contact, postcode: psychiatrist.postcode, bio: psychiatrist.bio, acceptingNewPatients: psychiatrist.acceptingNewPatients },
    };
  }
  return { role: "admin", values: contact };
}
