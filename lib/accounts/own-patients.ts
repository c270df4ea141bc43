import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";

export type OwnPatient = { id: number; firstName: string; lastName: string; assignedAt: Date };

/** A psychiatrist's own patients, by name; the query itself is scoped to the psychiatrist. */
export async function ownPatients(psychiatristId: number, limit = 50): Promise<OwnPatient[]> {
  return getDb()
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, assignedAt: patients.assignedAt })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(eq(patients.psychiatristId, psychiatristId))
    .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id))
    .limit(limit);
}
