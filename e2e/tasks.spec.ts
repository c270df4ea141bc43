import { expect, test } from "./fixtures";
import { BAND_NAMES, MORE_HEADING, PINNED_MARK, SUITED_HEADING, TasksPage } from "./pages/tasks-page";
import { pastDays, pinTask } from "./test-data";

// The mindfulness library as a patient sees it: tasks for the band of their last week first,
// each with its instructions and duration, their psychiatrist's picks marked.

test("without a recent check-in, in-between-day tasks come first, each with its duration", async ({ freshTasks }) => {
  await freshTasks.goto();
  await expect(freshTasks.heading).toHaveText("Mindfulness tasks");
  await expect(freshTasks.introduction).toHaveText(
    "You have not checked in over the last week, so tasks for in-between days (Low, Uneasy, Okay) come first.",
  );
  const suited = await freshTasks.suitedTasks.count();
  const more = await freshTasks.moreTasks.count();
  expect(suited).toBeGreaterThan(0);
  // The seed's library: at least twenty tasks across all bands.
  expect(suited + more).toBeGreaterThanOrEqual(20);
  await expect(freshTasks.allTasks).toHaveCount(suited + more);

  for (const card of await freshTasks.suitedTasks.all()) {
    await expect(freshTasks.durationLine(card)).toHaveText(new RegExp(`^\\d+ minutes? · ${escape(BAND_NAMES.middle)}$`));
  }
  for (const card of await freshTasks.moreTasks.all()) {
    await expect(freshTasks.durationLine(card)).toHaveText(/^\d+ minutes? · (Good days|Hard days)/);
    await expect(card.getByRole("paragraph").last()).not.toBeEmpty();
  }
  // Nearest bands next, the brighter first on a tie: good-day tasks before hard-day ones.
  const bands = await freshTasks.moreTasks.getByText(/ · /).allInnerTexts();
  const firstHard = bands.findIndex((line) => line.includes("Hard days"));
  expect(bands.slice(0, firstHard).every((line) => line.includes("Good days"))).toBe(true);
  expect(bands.slice(firstHard).every((line) => line.includes("Hard days"))).toBe(true);
  await expect(freshTasks.main.getByText(PINNED_MARK)).toHaveCount(0);
  await freshTasks.expectAccessible();
});

test("after a hard week, hard-day tasks come first and a pinned one leads them, marked", async ({ freshPatient, freshTasks }) => {
  await freshPatient.addPastEntries(pastDays(6, ["Very low", "Distressed", "Very low"]));
  const pinned = await pinTask(freshPatient.userId, "low");

  await freshTasks.goto();
  await expect(freshTasks.introduction).toHaveText(/^Over the last week you have felt around .*Very low on average, so tasks for hard days \(Very low, Distressed\) come first\.$/);
  await expect(freshTasks.main.getByRole("heading", { name: SUITED_HEADING })).toBeVisible();
  await expect(freshTasks.main.getByRole("heading", { name: MORE_HEADING })).toBeVisible();
  for (const card of await freshTasks.suitedTasks.all()) {
    await expect(freshTasks.durationLine(card)).toHaveText(new RegExp(`^\\d+ minutes? · ${escape(BAND_NAMES.low)}$`));
  }
  // The psychiatrist's pick comes first, though its title would put it last.
  expect((await freshTasks.titles(freshTasks.suitedTasks))[0]).toBe(pinned);
  await expect(freshTasks.pinnedMark(freshTasks.task(pinned))).toBeVisible();
  await expect(freshTasks.main.getByText(PINNED_MARK, { exact: true })).toHaveCount(1);
  await freshTasks.expectAccessible();
});

test("today's task suits the mood, and a pinned task of that band is the one given", async ({ freshPatient, freshToday }) => {
  const pinned = await pinTask(freshPatient.userId, "high");
  await freshToday.goto();
  await freshToday.checkIn({ mood: "Great" });
  await expect(freshToday.taskTitle).toHaveText(pinned);

  // Changing today's mood to another band chooses a task for how the patient now feels.
  await freshToday.openEdit();
  await freshToday.chooseMood("Very low");
  await freshToday.submit();
  await freshToday.waitForSaved();
  const title = await freshToday.taskTitle.innerText();
  const tasks = new TasksPage(freshToday.page);
  await tasks.goto();
  await expect(tasks.durationLine(tasks.task(title))).toHaveText(new RegExp(`· ${escape(BAND_NAMES.low)}$`));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
