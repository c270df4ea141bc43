import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import type { Transaction } from "@/db/client";
import { patients, psychiatrists, users, type Role, type Status } from "@/db/schema";
import type { AccountProfile, PatientProfile, PsychiatristProfile } from "./export-types";

/** The account row as the export reads it first: whether it may export at all, and its common profile. */
export type ExportingAccount = AccountProfile & { id: number; role: Role; status: Status };

export async function exportingAccount(tx: Transaction, userId: number): Promise<ExportingAccount | null> {
  const [row] = await tx
    .select({
      id: users.id,
      role: users.role,
      status: users.status,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      phone: users.phone,
      timezone: users.timezone,
      accountCreatedAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export function commonProfile(account: ExportingAccount): AccountProfile {
  const { firstName, lastName, email, phone, timezone, accountCreatedAt } = account;
  return { firstName, lastName, email, phone, timezone, accountCreatedAt };
}

const psychiatristUser = alias(users, "export_psychiatrist");

export async function patientProfile(tx: Transaction, account: ExportingAccount): Promise<PatientProfile> {
  const [row] = await tx
    .select({
      postcode: patients.postcode,
      medicalNotes: patients.medicalNotes,
      emergencyContactName: patients.emergencyContactName,
      emergencyContactPhone: patients.emergencyContactPhone,
      remindersOptIn: patients.remindersOptIn,
      reminderTime: patients.reminderTime,
      psychiatristFirst: psychiatristUser.firstName,
      psychiatristLast: psychiatristUser.lastName,
    })
    .from(patients)
    .innerJoin(psychiatristUser, eq(psychiatristUser.id, patients.psychiatristId))
    .where(eq(patients.userId, account.id))
    .limit(1);
  return {
    ...commonProfile(account),
    postcode: row.postcode,
    medicalNotes: row.medicalNotes,
    emergencyContact: { name: row.emergencyContactName, phone: row.emergencyContactPhone },
    reminders: { optIn: row.remindersOptIn, time: row.reminderTime },
    psychiatrist: `${row.psychiatristFirst} ${row.psychiatristLast}`,
  };
}

export async function psychiatristProfile(tx: Transaction, account: ExportingAccount): Promise<PsychiatristProfile> {
  const [row] = await tx
    .select({
      postcode: psychiatrists.postcode,
      registrationNumber: psychiatrists.registrationNumber,
      bio: psychiatrists.bio,
      acceptingNewPatients: psychiatrists.acceptingNewPatients,
      approvedAt: psychiatrists.approvedAt,
    })
    .from(psychiatrists)
    .where(eq(psychiatrists.userId, account.id))
    .limit(1);
  return { ...commonProfile(account), ...row };
}
