// Builders for the review tests (lib/review and the review actions): two psychiatrists with
// patients of their own, entries written straight into the database, and the audit trail read back.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, entryReplies, moodEntries, patients } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";

export type Caseloads = { doctor: number; other: number; alice: number; bob: number; carol: number };

/** Dr "doctor" looks after Alice and Bob; Dr "other" looks after Carol. */
export async function twoCaseloads(): Promise<Caseloads> {
  const doctor = await createPsychiatrist({ firstName: "Dana" });
  const other = await createPsychiatrist({ firstName: "Omar" });
  const alice = (await createPatient({ firstName: "Alice" })).userId;
  const bob = (await createPatient({ firstName: "Bob" })).userId;
  const carol = (await createPatient({ firstName: "Carol" })).userId;
  await assign(alice, doctor);
  await assign(bob, doctor);
  await assign(carol, other);
  return { doctor, other, alice, bob, carol };
}

export async function assign(patientId: number, psychiatristId: number): Promise<void> {
  await getDb().update(patients).set({ psychiatristId }).where(eq(patients.userId, patientId));
}

export async function addEntry(
  patientId: number,
  entryDate: string,
  mood: number,
  extra: { note?: string; minutes?: number; reviewedBy?: number } = {},
): Promise<number> {
  const [{ id }] = await getDb()
    .insert(moodEntries)
    .values({
      patientId,
      entryDate,
      mood,
      note: extra.note ?? null,
      mindfulnessMinutes: extra.minutes ?? 0,
      reviewedBy: extra.reviewedBy ?? null,
      reviewedAt: extra.reviewedBy ? new Date("2026-06-01T09:00:00Z") : null,
    })
    .$returningId();
  return id;
}

export async function entryRow(entryId: number) {
  const [row] = await getDb().select().from(moodEntries).where(eq(moodEntries.id, entryId));
  return row;
}

export async function repliesTo(entryId: number) {
  return getDb().select().from(entryReplies).where(eq(entryReplies.entryId, entryId));
}

export async function auditRows(action: string) {
  return getDb()
    .select({
      actorId: auditLog.actorId,
      outcome: auditLog.outcome,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      patientId: auditLog.patientId,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(asc(auditLog.id));
}
