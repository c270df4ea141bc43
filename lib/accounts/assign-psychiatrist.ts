import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { patients, psychiatrists, users } from "@/db/schema";
import { type Candidate, choosePsychiatrist } from "./choose-psychiatrist";

/**
 * Locks every psychiatrist who may take new patients and returns them with their caseloads.
 * Concurrent registrations queue on these row locks, so each one counts the caseloads the
 * previous one left behind. Call it inside a READ COMMITTED transaction so the count, read
 * after the locks are granted, sees those committed rows.
 */
export async function lockCandidates(tx: Transaction): Promise<Candidate[]> {
  const rows = await tx
    .select({ userId: psychiatrists.userId, approvedAt: psychiatrists.approvedAt })
    .from(psychiatrists)
    .innerJoin(users, eq(users.id, psychiatrists.userId))
    .where(
      and(
        eq(users.status, "active"),
        eq(users.role, "psychiatrist"),
        isNotNull(psychiatrists.approvedAt),
        eq(psychiatrists.acceptingNewPatients, true),
      ),
    )
    .orderBy(psychiatrists.userId)
    .for("update");
  if (rows.length === 0) return [];

  const counts = await tx
    .select({ psychiatristId: patients.psychiatristId, n: count() })
    .from(patients)
    .where(
      inArray(
        patients.psychiatristId,
        rows.map((r) => r.userId),
      ),
    )
    .groupBy(patients.psychiatristId);
  const byId = new Map(counts.map((c) => [c.psychiatristId, Number(c.n)]));
  return rows.map((r) => ({ userId: r.userId, approvedAt: r.approvedAt!, patientCount: byId.get(r.userId) ?? 0 }));
}

/** The psychiatrist the next patient should go to, with the candidates locked; null if none can. */
export async function pickPsychiatrist(tx: Transaction): Promise<number | null> {
  return choosePsychiatrist(await lockCandidates(tx))?.userId ?? null;
}
