import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, moodEntries, patients } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";

/** More ids than any screen shows are not a request a person made: the rest are ignored. */
export const MARK_REVIEWED_MAX = 200;

/**
 * Marks entries reviewed, one at a time or every one a screen showed. Only entries of the
 * psychiatrist's own patients change (the UPDATE itself is scoped to them); every other id is
 * ignored and its attempt audited as denied. Returns how many entries were newly marked.
 */
export async function markReviewed(psychiatrist: Actor, entryIds: readonly number[], now = new Date()): Promise<number> {
  const ids = [...new Set(entryIds.filter((id) => Number.isSafeInteger(id) && id > 0))].slice(0, MARK_REVIEWED_MAX);
  if (ids.length === 0) return 0;
  return getDb().transaction(async (tx) => {
    const found = await tx
      .select({ id: moodEntries.id, patientId: moodEntries.patientId, psychiatristId: patients.psychiatristId, reviewedAt: moodEntries.reviewedAt })
      .from(moodEntries)
      .innerJoin(patients, eq(patients.userId, moodEntries.patientId))
      .where(inArray(moodEntries.id, ids))
      .for("update");
    const byId = new Map(found.map((row) => [row.id, row]));

    const ownPatients = tx.select({ id: patients.userId }).from(patients).where(eq(patients.psychiatristId, psychiatrist.id));
    const [result] = await tx
      .update(moodEntries)
      .set({ reviewedBy: psychiatrist.id, reviewedAt: now })
      .where(and(inArray(moodEntries.id, ids), isNull(moodEntries.reviewedAt), inArray(moodEntries.patientId, ownPatients)));

    // One row per entry: what was marked, and each id that was not theirs to mark.
    const audit = ids.flatMap((id) => {
      const row = byId.get(id);
      const own = row?.psychiatristId === psychiatrist.id;
      if (own && row.reviewedAt !== null) return [];
      return [
        {
          actorId: psychiatrist.id,
          ip: psychiatrist.ip ?? null,
          action: "entry.review",
          outcome: own ? ("allowed" as const) : ("denied" as const),
          targetType: "entry",
          targetId: id,
          patientId: row?.patientId ?? null,
        },
      ];
    });
    if (audit.length > 0) await tx.insert(auditLog).values(audit);
    return result.affectedRows;
  });
}
