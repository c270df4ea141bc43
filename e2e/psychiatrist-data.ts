// Data for the psychiatrist walk-through, written straight into the e2e database through the
// app's own tables, as test-data.ts and review-data.ts do.
import { and, desc, eq, gte, inArray, isNull, like, lte } from "drizzle-orm";
import { getDb } from "../db/client";
import { alerts, mindfulnessTasks, moodEntries, patients, users } from "../db/schema";
import { MOOD_VALUES } from "./moods";
import { createPatientAccount, daysAgo, type FreshAccount } from "./test-data";

export type Psychiatrist = { userId: number; email: string; name: string };

/** A seeded psychiatrist, found by email. */
export async function psychiatristByEmail(email: string): Promise<Psychiatrist> {
  const [row] = await getDb()
    .select({ userId: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(and(eq(users.email, email), eq(users.role, "psychiatrist")))
    .limit(1);
  if (!row) throw new Error(`no psychiatrist ${email} in the e2e database`);
  return { userId: row.userId, email, name: `${row.firstName} ${row.lastName}` };
}

/**
 * A new patient of `psychiatrist`'s. Registered through the app (which assigns someone by its
 * rule), then moved to this psychiatrist, as an admin's reassignment would.
 */
export async function createPatientOf(psychiatrist: Psychiatrist, firstName: string): Promise<FreshAccount & { name: string }> {
  const patient = await createPatientAccount(firstName);
  await getDb().update(patients).set({ psychiatristId: psychiatrist.userId }).where(eq(patients.userId, patient.userId));
  return { ...patient, name: `${firstName} Morgan` };
}

/**
 * Marks reviewed the recent low moods, and resolves the alerts, of other fresh e2e patients
 * (earlier specs' accounts, "e2e.…@example.com") of this psychiatrist. Specs run one after
 * another, and a fresh patient who checked in Very low today elsewhere would otherwise outrank
 * this spec's patient in the attention order. Seeded patients are left as they are.
 */
export async function settleOtherFreshPatients(psychiatrist: Psychiatrist, except: number): Promise<void> {
  const db = getDb();
  const others = await db
    .select({ id: users.id })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(and(eq(patients.psychiatristId, psychiatrist.userId), like(users.email, "e2e.%")));
  const ids = others.map((o) => o.id).filter((id) => id !== except);
  if (ids.length === 0) return;
  await db
    .update(alerts)
    .set({ status: "resolved", resolvedAt: new Date(), resolvedBy: psychiatrist.userId, resolution: "Settled by the end-to-end tests." })
    .where(and(inArray(alerts.patientId, ids), inArray(alerts.status, ["open", "acknowledged"])));
  await db
    .update(moodEntries)
    .set({ reviewedAt: new Date(), reviewedBy: psychiatrist.userId })
    .where(
      and(
        inArray(moodEntries.patientId, ids),
        isNull(moodEntries.reviewedAt),
        lte(moodEntries.mood, MOOD_VALUES.Low),
        gte(moodEntries.entryDate, daysAgo(1)),
      ),
    );
}

/** An active task of the band, the last by title, so that pinning it is what makes it today's. */
export async function lastTaskOfBand(band: "low" | "middle" | "high"): Promise<{ id: number; title: string }> {
  const [task] = await getDb()
    .select({ id: mindfulnessTasks.id, title: mindfulnessTasks.title })
    .from(mindfulnessTasks)
    .where(and(eq(mindfulnessTasks.active, true), eq(mindfulnessTasks.moodBand, band)))
    .orderBy(desc(mindfulnessTasks.title))
    .limit(1);
  if (!task) throw new Error(`no active task for the ${band} band`);
  return task;
}

/** The id of the newest task with this title. */
export async function taskIdByTitle(title: string): Promise<number> {
  const [task] = await getDb()
    .select({ id: mindfulnessTasks.id })
    .from(mindfulnessTasks)
    .where(eq(mindfulnessTasks.title, title))
    .orderBy(desc(mindfulnessTasks.id))
    .limit(1);
  if (!task) throw new Error(`no task titled ${title}`);
  return task.id;
}
