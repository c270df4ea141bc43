import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import type { Database, Transaction } from "@/db/client";
import { patients, users } from "@/db/schema";

export type PatientContact = {
  id: number;
  name: string;
  firstName: string;
  email: string;
  phone: string;
  timezone: string;
  emergencyContactName: string | null;
  emergencyContactPhone: string | null;
  psychiatrist: { id: number; name: string; email: string; phone: string };
};

const psychiatristUser = alias(users, "psychiatrist_user");

/** How to reach a patient, and who their psychiatrist is: what an alert email needs. */
export async function patientContact(db: Database | Transaction, patientId: number): Promise<PatientContact | null> {
  const [row] = await db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      phone: users.phone,
      timezone: users.timezone,
      emergencyContactName: patients.emergencyContactName,
      emergencyContactPhone: patients.emergencyContactPhone,
      psychiatristId: psychiatristUser.id,
      psychiatristFirstName: psychiatristUser.firstName,
      psychiatristLastName: psychiatristUser.lastName,
      psychiatristEmail: psychiatristUser.email,
      psychiatristPhone: psychiatristUser.phone,
    })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .innerJoin(psychiatristUser, eq(psychiatristUser.id, patients.psychiatristId))
    .where(eq(patients.userId, patientId))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    name: `${row.firstName} ${row.lastName}`,
    firstName: row.firstName,
    email: row.email,
    phone: row.phone,
    timezone: row.timezone,
    emergencyContactName: row.emergencyContactName,
    emergencyContactPhone: row.emergencyContactPhone,
    psychiatrist: {
      id: row.psychiatristId,
      name: `${row.psychiatristFirstName} ${row.psychiatristLastName}`,
      email: row.psychiatristEmail,
      phone: row.psychiatristPhone,
    },
  };
}
