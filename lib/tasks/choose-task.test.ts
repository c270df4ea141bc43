import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/moods/local-date";
import type { MoodBand } from "@/lib/moods/mood-band";
import { chooseTask, type ShownTask, type TaskOption } from "./choose-task";

const today = "2026-11-20";
const daysAgo = (n: number) => addDays(today, -n);
const task = (id: number, band: MoodBand = "middle"): TaskOption => ({ id, band });
const shownAgo = (taskId: number, n: number): ShownTask => ({ taskId, date: daysAgo(n) });

type Input = Parameters<typeof chooseTask>[0];

function choose(partial: Partial<Input> & Pick<Input, "tasks">): number | null {
  return chooseTask({ band: "middle", today, pinnedTaskIds: [], shown: [], ...partial });
}

/** Every ordering of `items` (fine for the handful used here). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("chooseTask: nothing suits", () => {
  it("is null with no tasks at all", () => {
    expect(choose({ tasks: [] })).toBeNull();
  });

  it("is null when every task is for another band, pinned or not", () => {
    expect(
      choose({
        band: "middle",
        tasks: [task(1, "low"), task(2, "high")],
        pinnedTaskIds: [1, 2],
        shown: [shownAgo(1, 30)],
      }),
    ).toBeNull();
  });

  it.each([
    ["low", 1],
    ["middle", 2],
    ["high", 3],
  ] as const)("for the %s band picks its only task, %i", (band, expected) => {
    expect(choose({ band, tasks: [task(1, "low"), task(2, "middle"), task(3, "high")] })).toBe(expected);
  });
});

describe("chooseTask: other bands are ignored", () => {
  it("never picks a task of another band however long ago it was shown", () => {
    const tasks = [task(1, "low"), task(2, "middle"), task(3, "high")];
    // Task 2 was shown yesterday; the others never or long ago: still the only middle task.
    expect(choose({ tasks, shown: [shownAgo(2, 1), shownAgo(3, 400)] })).toBe(2);
  });

  it("does not let another band's history change the choice", () => {
    const tasks = [task(1, "low"), task(2), task(3), task(4, "high")];
    const shown = [shownAgo(2, 3), shownAgo(3, 5)];
    expect(choose({ tasks, shown })).toBe(3);
    expect(choose({ tasks, shown: [...shown, shownAgo(1, 100), shownAgo(4, 0)] })).toBe(3);
  });
});

describe("chooseTask: pinned tasks", () => {
  it("gives a pinned task that suits the band, even one shown yesterday", () => {
    const tasks = [task(1), task(2), task(3)];
    expect(choose({ tasks, pinnedTaskIds: [2], shown: [shownAgo(2, 1)] })).toBe(2);
  });

  it("gives a pinned task even when it was already shown today", () => {
    expect(choose({ tasks: [task(1), task(2)], pinnedTaskIds: [2], shown: [shownAgo(2, 0)] })).toBe(2);
  });

  it("ignores a pinned task of another band and falls back to the rotation", () => {
    const tasks = [task(1, "low"), task(2), task(3)];
    // Without the pin the rotation picks 3 (never shown); the low-band pin must not change that.
    expect(choose({ tasks, pinnedTaskIds: [1], shown: [shownAgo(2, 1)] })).toBe(3);
  });

  it("ignores a pinned id that is not among the active tasks", () => {
    expect(choose({ tasks: [task(2), task(3)], pinnedTaskIds: [1], shown: [shownAgo(2, 1)] })).toBe(3);
  });

  it("takes the suitable pin when another pin is for a different band", () => {
    const tasks = [task(1, "low"), task(2), task(3), task(4)];
    expect(choose({ tasks, pinnedTaskIds: [1, 4], shown: [shownAgo(4, 0)] })).toBe(4);
  });

  it("lets several suitable pins take turns, the one shown longest ago first, whatever order the pins come in", () => {
    const tasks = [task(2), task(5), task(7)];
    for (const pins of permutations([7, 5, 9])) {
      expect(choose({ tasks, pinnedTaskIds: pins, shown: [shownAgo(5, 1)] })).toBe(7);
      expect(choose({ tasks, pinnedTaskIds: pins, shown: [shownAgo(5, 1), shownAgo(7, 0)] })).toBe(5);
      expect(choose({ tasks, pinnedTaskIds: pins, shown: [] })).toBe(5);
    }
  });
});

describe("chooseTask: rotation", () => {
  it("prefers a never-shown task to one shown long ago", () => {
    expect(choose({ tasks: [task(1), task(2)], shown: [shownAgo(1, 365)] })).toBe(2);
  });

  it("prefers a never-shown task with a higher id to a shown one with a lower id", () => {
    expect(choose({ tasks: [task(1), task(9)], shown: [shownAgo(1, 8)] })).toBe(9);
  });

  it("among shown tasks, takes the one shown longest ago", () => {
    const tasks = [task(1), task(2), task(3)];
    expect(choose({ tasks, shown: [shownAgo(1, 2), shownAgo(2, 9), shownAgo(3, 4)] })).toBe(2);
  });

  it.each([
    // [days ago for task 1, days ago for task 2, expected]
    [7, 6, 1],
    [6, 7, 2],
    [8, 7, 1],
    [1, 0, 1],
    [0, 1, 2],
    [30, 29, 1],
  ])("task 1 shown %i days ago against task 2 shown %i days ago: picks %i", (ago1, ago2, expected) => {
    expect(choose({ tasks: [task(1), task(2)], shown: [shownAgo(1, ago1), shownAgo(2, ago2)] })).toBe(expected);
  });

  it("counts whole days across a month and year end", () => {
    const tasks = [task(1), task(2)];
    const shown = [
      { taskId: 1, date: "2026-12-31" },
      { taskId: 2, date: "2027-01-01" },
    ];
    expect(choose({ tasks, today: "2027-01-05", shown })).toBe(1);
  });

  it("breaks a tie between never-shown tasks by lowest id", () => {
    expect(choose({ tasks: [task(8), task(3), task(5)] })).toBe(3);
  });

  it("breaks a tie between tasks shown on the same day by lowest id", () => {
    const tasks = [task(8), task(3), task(5)];
    expect(choose({ tasks, shown: [shownAgo(8, 4), shownAgo(3, 4), shownAgo(5, 4)] })).toBe(3);
  });

  it("breaks a tie by lowest id only among the tasks shown longest ago", () => {
    const tasks = [task(1), task(2), task(3)];
    expect(choose({ tasks, shown: [shownAgo(1, 2), shownAgo(2, 6), shownAgo(3, 6)] })).toBe(2);
  });

  it("uses a task's latest showing when it has several, in either order", () => {
    const tasks = [task(1), task(2)];
    // Task 1 was shown 20 days ago and again yesterday; task 2 five days ago. Going by task 1's
    // first showing would pick 1; its latest makes task 2 the one shown longest ago.
    const records = [shownAgo(1, 20), shownAgo(1, 1), shownAgo(2, 5)];
    for (const shown of permutations(records)) {
      expect(choose({ tasks, shown })).toBe(2);
    }
  });

  it("ignores history for tasks that no longer exist", () => {
    expect(choose({ tasks: [task(2), task(3)], shown: [shownAgo(1, 100), shownAgo(2, 10), shownAgo(3, 3)] })).toBe(2);
  });
});

describe("chooseTask: the same one all day", () => {
  const scenario: Input = {
    band: "middle",
    today,
    tasks: [task(4), task(1, "low"), task(2), task(6), task(3)],
    pinnedTaskIds: [1],
    shown: [shownAgo(2, 9), shownAgo(3, 3), shownAgo(4, 9), shownAgo(6, 12), shownAgo(6, 1)],
  };

  it("gives the same answer every time for the same inputs", () => {
    const first = chooseTask(scenario);
    // 2 and 4 were both last shown 9 days ago (6's latest showing was yesterday): lowest id wins.
    expect(first).toBe(2);
    for (let i = 0; i < 5; i += 1) expect(chooseTask(scenario)).toBe(first);
  });

  it("does not modify its inputs", () => {
    const frozen: Input = {
      ...scenario,
      tasks: Object.freeze(scenario.tasks.map((t) => Object.freeze({ ...t }))),
      pinnedTaskIds: Object.freeze([...scenario.pinnedTaskIds]),
      shown: Object.freeze(scenario.shown.map((s) => Object.freeze({ ...s }))),
    };
    expect(chooseTask(frozen)).toBe(2);
    expect(frozen.tasks.map((t) => t.id)).toEqual([4, 1, 2, 6, 3]);
  });

  it("does not depend on the order of tasks or of the history", () => {
    const taskOrders = permutations(scenario.tasks);
    const shownOrders = permutations(scenario.shown);
    expect(taskOrders).toHaveLength(120);
    for (const tasks of taskOrders) {
      for (const shown of shownOrders) {
        expect(chooseTask({ ...scenario, tasks, shown })).toBe(2);
      }
    }
  });

  it("does not depend on the order of pins", () => {
    const tasks = [task(1), task(2), task(3), task(4)];
    for (const pinnedTaskIds of permutations([4, 2, 3])) {
      expect(choose({ tasks, pinnedTaskIds })).toBe(2);
    }
  });
});

describe("chooseTask: day after day", () => {
  function simulate(tasks: TaskOption[], days: number): number[] {
    const shown: ShownTask[] = [];
    const picks: number[] = [];
    for (let d = 0; d < days; d += 1) {
      const day = addDays("2026-03-01", d);
      const id = chooseTask({ band: "middle", today: day, tasks, pinnedTaskIds: [], shown });
      if (id === null) throw new Error("no task");
      picks.push(id);
      shown.push({ taskId: id, date: day });
    }
    return picks;
  }

  it("cycles through the band's tasks in id order", () => {
    expect(simulate([task(9), task(2), task(5), task(1, "low")], 7)).toEqual([2, 5, 9, 2, 5, 9, 2]);
  });

  it("never shows a task again within a week while the band has eight tasks", () => {
    const picks = simulate([1, 2, 3, 4, 5, 6, 7, 8].map((id) => task(id)), 60);
    for (let d = 7; d < picks.length; d += 1) {
      expect(picks.slice(d - 7, d)).not.toContain(picks[d]);
    }
  });
});
