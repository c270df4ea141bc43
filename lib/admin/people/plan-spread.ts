import { type Candidate, choosePsychiatrist } from "@/lib/accounts/choose-psychiatrist";

export type Move = { patientId: number; psychiatristId: number };

/**
 * Where each of a leaving psychiatrist's patients goes: one at a time, in the order given, to
 * whoever the assignment rule picks (fewest patients, then earliest approved), counting the
 * patients already given out. Caseloads that start within one of each other end within one;
 * uneven ones are evened out as far as the patients go. Null when there are patients to place
 * and nobody to take them.
 */
export function planSpread(patientIds: readonly number[], candidates: readonly Candidate[]): Move[] | null {
  if (patientIds.length === 0) return [];
  // Copies, so the caller's counts are left as they were read.
  const pool = candidates.map((c) => ({ ...c }));
  const moves: Move[] = [];
  for (const patientId of patientIds) {
    const chosen = choosePsychiatrist(pool);
    if (!chosen) return null;
    chosen.patientCount += 1;
    moves.push({ patientId, psychiatristId: chosen.userId });
  }
  return moves;
}
