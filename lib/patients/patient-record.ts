import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { assignedOrAudited } from "@/lib/caseload/assigned-patient";

export type PatientRecord = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  timezone: string;
  postcode: string;
  medicalNotes: string | null;
  emergencyContactName: string | null;
  emergencyContactPhone: string | null;
  assignedAt: Date;
};

/**
 * A patient's record as their psychiatrist sees it. Every read is audited; a psychiatrist
 * asking for someone else's patient gets null and the attempt is audited as denied.
 */
export async function patientRecordFor(psychiatrist: Actor, patientId: number): Promise<PatientRecord | null> {
  if (!(await assignedOrAudited(psychiatrist, patientId, "patient.view"))) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      phone: users.phone,
      timezone: users.timezone,
      postcode: patients.postcode,
      medicalNotes: patients.medicalNotes,
      emergencyContactName: patients.emergencyContactName,
      emergencyContactPhone: patients.emergencyContactPhone,
      assignedAt: patients.assignedAt,
    })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(eq(patients.userId, patientId))
    .limit(1);
  await recordAudit(psychiatrist, { action: "patient.view", targetType: "patient", targetId: patientId, patientId });
  return row;
}
