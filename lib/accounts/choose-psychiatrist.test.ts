import { describe, expect, it } from "vitest";
import { type Candidate, choosePsychiatrist } from "./choose-psychiatrist";

const candidate = (userId: number, patientCount: number, approvedAt: string): Candidate => ({
  userId,
  patientCount,
  approvedAt: new Date(approvedAt),
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("choosePsychiatrist", () => {
  it("returns null when nobody is available", () => {
    expect(choosePsychiatrist([])).toBeNull();
  });

  it("returns the only candidate", () => {
    const only = candidate(4, 12, "2024-01-01T00:00:00Z");
    expect(choosePsychiatrist([only])).toBe(only);
  });

  it("chooses the fewest patients, even over an earlier approval and a lower id", () => {
    const busy = candidate(1, 5, "2020-01-01T00:00:00Z");
    const free = candidate(9, 0, "2025-01-01T00:00:00Z");
    expect(choosePsychiatrist([busy, free])).toBe(free);
    expect(choosePsychiatrist([free, busy])).toBe(free);
  });

  it("breaks a tie on patient count by the earliest approval, even over a lower id", () => {
    const later = candidate(1, 3, "2024-05-01T09:00:00Z");
    const earlier = candidate(8, 3, "2024-05-01T08:59:59Z");
    expect(choosePsychiatrist([later, earlier])).toBe(earlier);
    expect(choosePsychiatrist([earlier, later])).toBe(earlier);
  });

  it("breaks a tie on count and approval time by the lowest id (dates compared by time, not identity)", () => {
    const high = candidate(7, 2, "2024-01-01T00:00:00Z");
    const low = candidate(6, 2, "2024-01-01T00:00:00Z");
    expect(high.approvedAt).not.toBe(low.approvedAt);
    expect(choosePsychiatrist([high, low])).toBe(low);
    expect(choosePsychiatrist([low, high])).toBe(low);
  });

  it("gives the same answer for every order of the input", () => {
    const winner = candidate(7, 1, "2024-01-01T00:00:00Z");
    const set = [
      candidate(1, 3, "2020-01-01T00:00:00Z"), // lowest id and earliest, but more patients
      candidate(2, 1, "2024-06-01T00:00:00Z"), // fewest, but approved later
      candidate(9, 1, "2024-01-01T00:00:00Z"), // ties the winner on both, higher id
      winner,
    ];
    const orders = permutations(set);
    expect(orders).toHaveLength(24);
    for (const order of orders) expect(choosePsychiatrist(order)).toBe(winner);
  });

  it("does not reorder or change its input", () => {
    const input = [candidate(3, 2, "2024-01-01T00:00:00Z"), candidate(1, 1, "2024-01-01T00:00:00Z")];
    const before = structuredClone(input);
    choosePsychiatrist(input);
    expect(input).toEqual(before);
  });
});
