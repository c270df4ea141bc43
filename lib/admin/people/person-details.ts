import { count, eq, max } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import { getDb } from "@/db/client";
import { moodEntries, patients, psychiatrists, users, type Role, type Status } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import type { LocalDate } from "@/lib/moods/local-date";

export type PersonDetails = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  timezone: string;
  role: Role;
  status: Status;
  createdAt: Date;
  /** For a patient: who looks after them, since when, and how they have been checking in. */
  patient: {
    psychiatrist: { id: number; firstName: string; lastName: string };
    assignedAt: Date;
    entries: number;
    lastCheckIn: LocalDate | null;
  } | null;
  /** For a psychiatrist: their standing and the size of their caseload. */
  psychiatrist: {
    registrationNumber: string;
    approvedAt: Date | null;
    accepting: boolean;
    patients: number;
  } | null;
};

const doctor = alias(users, "doctor");

/**
 * One account as an admin sees it. A patient's page is a read of their data by staff, so each
 * view is audited naming them; so is a refusal.
 */
export async function personDetails(admin: Actor, userId: number): Promise<PersonDetails | null> {
  const event = { action: "account.view", targetType: "user", targetId: userId };
  if (!(await adminOrAudited(admin, event))) return null;
  const db = getDb();
  const [row] = await db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      phone: users.phone,
      timezone: users.timezone,
      role: users.role,
      status: users.status,
      createdAt: users.createdAt,
      registrationNumber: psychiatrists.registrationNumber,
      approvedAt: psychiatrists.approvedAt,
      accepting: psychiatrists.acceptingNewPatients,
      assignedAt: patients.assignedAt,
      doctorId: doctor.id,
      doctorFirst: doctor.firstName,
      doctorLast: doctor.lastName,
    })
    .from(users)
    .leftJoin(psychiatrists, eq(psychiatrists.userId, users.id))
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(doctor, eq(doctor.id, patients.psychiatristId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  const { registrationNumber, approvedAt, accepting, assignedAt, doctorId, doctorFirst, doctorLast, ...account } = row;

  const [patient, psychiatrist] = await Promise.all([
    doctorId === null
      ? null
      : db
          .select({ entries: count(), lastCheckIn: max(moodEntries.entryDate) })
          .from(moodEntries)
          .where(eq(moodEntries.patientId, userId))
          .then(([e]) => ({
            psychiatrist: { id: doctorId, firstName: doctorFirst!, lastName: doctorLast! },
            assignedAt: assignedAt!,
            entries: Number(e.entries),
            lastCheckIn: e.lastCheckIn,
          })),
    registrationNumber === null
      ? null
      : db
          .select({ n: count() })
          .from(patients)
          .where(eq(patients.psychiatristId, userId))
          .then(([c]) => ({ registrationNumber, approvedAt, accepting: accepting!, patients: Number(c.n) })),
  ]);
  await recordAudit(admin, { ...event, patientId: patient ? userId : null });
  return { ...account, patient, psychiatrist };
}
