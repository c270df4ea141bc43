import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";

/** The name of the psychiatrist looking after this patient (only ever the patient's own). */
export async function myPsychiatrist(patientId: number): Promise<{ firstName: string; lastName: string } | null> {
  const [row] = await getDb()
    .select({ firstName: users.firstName, lastName: users.lastName })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.psychiatristId))
    .where(eq(patients.userId, patientId))
    .limit(1);
  return row ?? null;
}
