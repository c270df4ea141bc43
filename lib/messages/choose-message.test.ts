import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/moods/local-date";
import { chooseMessage, type MessageShown } from "./choose-message";

const start = "2026-01-01";
const day = (n: number) => addDays(start, n);
const shownOn = (messageId: number, n: number): MessageShown => ({ messageId, date: day(n) });

/**
 * Checks in every day for `days` days, recording each day's message as the app does, and
 * returns the messages in order. `libraryOn(d)` is the active library on day d.
 */
function simulate(days: number, libraryOn: (d: number) => readonly number[], history: MessageShown[] = []): (number | null)[] {
  const shown = [...history];
  const picks: (number | null)[] = [];
  for (let d = 0; d < days; d += 1) {
    const id = chooseMessage(libraryOn(d), shown);
    picks.push(id);
    if (id !== null) shown.push({ messageId: id, date: day(d) });
  }
  return picks;
}

function expectNoRepeatWithin(picks: readonly (number | null)[], window: number) {
  for (let d = 0; d + window <= picks.length; d += 1) {
    const slice = picks.slice(d, d + window);
    expect(new Set(slice).size, `days ${d}..${d + window - 1}`).toBe(window);
  }
}

describe("chooseMessage: basics", () => {
  it("is null with an empty library", () => {
    expect(chooseMessage([], [])).toBeNull();
  });

  it("is null with an empty library even when there is history", () => {
    expect(chooseMessage([], [shownOn(1, 0), shownOn(2, 1)])).toBeNull();
  });

  it("gives the only message every day", () => {
    expect(chooseMessage([4], [])).toBe(4);
    expect(chooseMessage([4], [shownOn(4, 0)])).toBe(4);
  });

  it("starts with the lowest id, whatever order the library comes in", () => {
    expect(chooseMessage([5, 3, 9], [])).toBe(3);
  });

  it("takes the lowest unseen id next", () => {
    expect(chooseMessage([5, 3, 9], [shownOn(3, 0)])).toBe(5);
    expect(chooseMessage([5, 3, 9], [shownOn(3, 0), shownOn(5, 1)])).toBe(9);
  });

  it("prefers an unseen message to one seen long ago, even with a higher id", () => {
    expect(chooseMessage([1, 50], [shownOn(1, 0)])).toBe(50);
  });

  it("once all are seen, takes the one shown longest ago", () => {
    expect(chooseMessage([1, 2, 3], [shownOn(2, 0), shownOn(3, 1), shownOn(1, 2)])).toBe(2);
    expect(chooseMessage([1, 2, 3], [shownOn(3, 0), shownOn(1, 1), shownOn(2, 2)])).toBe(3);
  });

  it("uses each message's latest showing when it has several, in any order", () => {
    // 1 was first shown before 2, but shown again since: 2 is now the one shown longest ago.
    const records = [shownOn(1, 0), shownOn(2, 1), shownOn(1, 2)];
    expect(chooseMessage([1, 2], records)).toBe(2);
    expect(chooseMessage([1, 2], [...records].reverse())).toBe(2);
    expect(chooseMessage([1, 2], [records[2], records[0], records[1]])).toBe(2);
  });

  it("breaks a tie of dates by lowest id", () => {
    expect(chooseMessage([7, 4, 6], [shownOn(7, 3), shownOn(4, 3), shownOn(6, 3)])).toBe(4);
    expect(chooseMessage([7, 4, 6], [shownOn(7, 1), shownOn(4, 3), shownOn(6, 1)])).toBe(6);
  });

  it("compares dates across month and year ends", () => {
    const shown = [
      { messageId: 1, date: "2026-12-31" },
      { messageId: 2, date: "2027-01-01" },
      { messageId: 3, date: "2026-02-28" },
    ];
    expect(chooseMessage([1, 2], shown)).toBe(1);
    expect(chooseMessage([1, 2, 3], shown)).toBe(3);
  });

  it("does not modify its inputs", () => {
    const active = Object.freeze([3, 1, 2]);
    const shown = Object.freeze([shownOn(1, 0), shownOn(3, 1), shownOn(2, 2)].map((s) => Object.freeze(s)));
    expect(chooseMessage(active, shown)).toBe(1);
    expect(active).toEqual([3, 1, 2]);
  });
});

describe("chooseMessage: deactivated messages", () => {
  it("never picks a message outside the library, even the one shown longest ago", () => {
    expect(chooseMessage([1, 2, 3], [shownOn(9, 0), shownOn(1, 5), shownOn(2, 6), shownOn(3, 7)])).toBe(1);
  });

  it("never picks a message outside the library while there are unseen ones", () => {
    expect(chooseMessage([2, 3], [shownOn(1, 0)])).toBe(2);
  });

  it("stops showing a message from the day it is deactivated", () => {
    const library = [1, 2, 3, 4, 5];
    const picks = simulate(40, (d) => (d < 12 ? library : library.filter((id) => id !== 3)));
    expect(picks.slice(0, 12)).toContain(3);
    expect(picks.slice(12)).not.toContain(3);
    // The remaining four keep rotating without a repeat inside four days.
    expectNoRepeatWithin(picks.slice(12), 4);
  });
});

describe("chooseMessage: day after day", () => {
  const library = Array.from({ length: 30 }, (_, i) => 100 + 7 * i); // 30 ids, not 1..30
  const picks = simulate(90, () => library);

  it("shows the library in id order first, then repeats that order", () => {
    const sorted = [...library].sort((a, b) => a - b);
    expect(picks).toEqual([...sorted, ...sorted, ...sorted]);
  });

  it("never repeats a message within any 30 consecutive days", () => {
    expectNoRepeatWithin(picks, 30);
  });

  it.each([0, 30, 60])("uses every message exactly once in the 30 days from day %i", (from) => {
    expect([...picks.slice(from, from + 30)].sort((a, b) => a! - b!)).toEqual(library);
  });

  it("behaves the same given only each message's latest showing, as the database supplies it", () => {
    const latestOnly: (number | null)[] = [];
    const latest = new Map<number, string>();
    for (let d = 0; d < 90; d += 1) {
      const id = chooseMessage(
        library,
        [...latest].map(([messageId, date]) => ({ messageId, date })),
      );
      latestOnly.push(id);
      latest.set(id!, day(d));
    }
    expect(latestOnly).toEqual(picks);
  });

  it.each([
    ["a higher id than all the others", 999],
    ["a lower id than all the others", 1],
  ])("shows a message added mid-way with %s the very next day", (_label, newId) => {
    const added = 45;
    const withNew = [...library, newId];
    const result = simulate(90, (d) => (d < added ? library : withNew));
    expect(result.slice(0, added)).not.toContain(newId);
    expect(result[added]).toBe(newId);
    // It then takes its turn once every 31 days, and nothing repeats within 30 days meanwhile.
    expect(result[added + 31]).toBe(newId);
    expect(result.filter((id) => id === newId)).toHaveLength(2);
    expectNoRepeatWithin(result, 30);
    expectNoRepeatWithin(result.slice(added), 31);
    // The old rotation resumes where it left off.
    expect(result[added + 1]).toBe(result[added - 30]);
  });

  it.each([2, 3, 5])("never shows the same message two days running with %i messages", (size) => {
    const ids = Array.from({ length: size }, (_, i) => i + 1);
    const result = simulate(40, () => ids);
    for (let d = 1; d < result.length; d += 1) expect(result[d]).not.toBe(result[d - 1]);
  });

  it("never repeats yesterday's message after an irregular history", () => {
    // A pseudo-random but fixed history: days skipped, messages shown in no particular order.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let trial = 0; trial < 50; trial += 1) {
      const ids = Array.from({ length: 2 + (next() % 5) }, (_, i) => i + 1);
      const history: MessageShown[] = [];
      let d = 0;
      for (let k = 0; k < 10; k += 1) {
        d += 1 + (next() % 3);
        history.push(shownOn(ids[next() % ids.length], d));
      }
      const yesterday = history[history.length - 1].messageId;
      expect(chooseMessage(ids, history)).not.toBe(yesterday);
    }
  });
});
