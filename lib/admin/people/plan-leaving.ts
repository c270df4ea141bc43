import { asc, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { patients } from "@/db/schema";
import type { Candidate } from "@/lib/accounts/choose-psychiatrist";
import { type Move, planSpread } from "./plan-spread";

/**
 * Where a leaving psychiatrist's patients go, by the assignment rule: their patient rows are
 * locked and spread over `others`, which must be the candidates lockAccount locked, so nobody
 * registers or is moved past the counts the plan is made from. Null when there are patients and
 * nobody to take them. The caller applies the moves (applyMoves) in the same transaction.
 */
export async function planLeaving(tx: Transaction, psychiatristId: number, others: readonly Candidate[]): Promise<Move[] | null> {
  const rows = await tx
    .select({ id: patients.userId })
    .from(patients)
    .where(eq(patients.psychiatristId, psychiatristId))
    .orderBy(asc(patients.userId))
    .for("update");
  return planSpread(
    rows.map((r) => r.id),
    others,
  );
}
