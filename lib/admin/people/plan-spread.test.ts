import { describe, expect, it } from "vitest";
import type { Candidate } from "@/lib/accounts/choose-psychiatrist";
import { planSpread } from "./plan-spread";

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const candidate = (userId: number, patientCount: number, approvedDay = userId): Candidate => ({ userId, patientCount, approvedAt: at(approvedDay) });

/** Each candidate's caseload once the moves are made. */
function after(candidates: Candidate[], moves: { psychiatristId: number }[]): Record<number, number> {
  const counts = Object.fromEntries(candidates.map((c) => [c.userId, c.patientCount]));
  for (const m of moves) counts[m.psychiatristId] += 1;
  return counts;
}

const range = (n: number, from = 100) => Array.from({ length: n }, (_, i) => from + i);

describe("planSpread", () => {
  it("moves nobody when there is nobody to move, whoever could take them", () => {
    expect(planSpread([], [])).toEqual([]);
    expect(planSpread([], [candidate(1, 3)])).toEqual([]);
  });

  it("is null when there are patients and no candidate", () => {
    expect(planSpread([100], [])).toBeNull();
  });

  it("evens out 3 and 2 with 7 patients to 6 and 6", () => {
    const candidates = [candidate(1, 3), candidate(2, 2)];
    const moves = planSpread(range(7), candidates)!;
    expect(moves).toHaveLength(7);
    expect(after(candidates, moves)).toEqual({ 1: 6, 2: 6 });
    // The first goes to the one with fewer patients.
    expect(moves[0]).toEqual({ patientId: 100, psychiatristId: 2 });
    // The caller's counts are not changed.
    expect(candidates.map((c) => c.patientCount)).toEqual([3, 2]);
  });

  it("breaks ties by the earliest approval, then the lowest id, one patient at a time", () => {
    // 5 approved before 3; 4 and 6 approved the same day.
    const candidates = [candidate(3, 1, 9), candidate(5, 1, 2), candidate(6, 1, 4), candidate(4, 1, 4)];
    const moves = planSpread(range(5), candidates)!;
    expect(moves.map((m) => m.psychiatristId)).toEqual([5, 4, 6, 3, 5]);
  });

  it("keeps caseloads that start within one of each other within one, whatever the number moved", () => {
    for (let n = 0; n <= 25; n++) {
      const candidates = [candidate(1, 4), candidate(2, 5), candidate(3, 4), candidate(4, 5)];
      const counts = Object.values(after(candidates, planSpread(range(n), candidates)!));
      expect(Math.max(...counts) - Math.min(...counts), `${n} patients`).toBeLessThanOrEqual(1);
    }
  });

  it("fills the emptiest first when caseloads are far apart, and never takes from anyone", () => {
    const candidates = [candidate(1, 10), candidate(2, 0)];
    expect(after(candidates, planSpread(range(4), candidates)!)).toEqual({ 1: 10, 2: 4 });
    expect(after(candidates, planSpread(range(13), candidates)!)).toEqual({ 1: 12, 2: 11 });
  });
});
