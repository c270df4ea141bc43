export type Candidate = {
  userId: number;
  patientCount: number;
  approvedAt: Date;
};

/**
 * The psychiatrist a new patient goes to: the fewest patients; on a tie, the one approved
 * earliest; then the lowest id, so the choice never depends on the order rows arrive in.
 */
export function choosePsychiatrist(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (!best || compare(c, best) < 0) best = c;
  }
  return best;
}

function compare(a: Candidate, b: Candidate): number {
  return (
    a.patientCount - b.patientCount ||
    a.approvedAt.getTime() - b.approvedAt.getTime() ||
    a.userId - b.userId
  );
}
