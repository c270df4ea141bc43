import { expect, test } from "./fixtures";
import { shortDayName } from "./moods";
import { daysAgo, todayInLondon } from "./test-data";

// Progress: mood and minutes over 7, 30, 90 days or a year, as a chart with a text alternative
// (the images' names and a table), and the numbers beside it. Each test has its own patient.

test("a new patient sees an empty chart that says so, in words too", async ({ freshProgress }) => {
  await freshProgress.goto();
  await expect(freshProgress.heading).toHaveText("Your progress");
  await expect(freshProgress.currentRange).toHaveText("30 days");
  await expect(freshProgress.moodChart).toHaveAccessibleName("Mood chart for the last 30 days: no check-ins yet.");
  await expect(freshProgress.minutesChart).toHaveAccessibleName("Mindfulness minutes for the last 30 days: none recorded.");
  await expect(freshProgress.main.getByText("No check-ins in these days yet.")).toBeVisible();
  await expect(freshProgress.stat("Days checked in")).toHaveText("0 of 30");
  await expect(freshProgress.stat("Current streak")).toHaveText("0 days");
  await expect(freshProgress.stat("Average mood")).toHaveText("No check-ins yet");
  await freshProgress.expectAccessible();
});

test("the chart and the numbers change when the patient checks in", async ({ freshPatient, freshProgress, freshToday }) => {
  await freshPatient.addPastEntries([
    { daysAgo: 1, mood: "Okay", minutes: 10 },
    { daysAgo: 2, mood: "Low", minutes: 5 },
    { daysAgo: 3, mood: "Low" },
    { daysAgo: 4, mood: "Uneasy", minutes: 15 },
    { daysAgo: 6, mood: "Good", minutes: 20 },
  ]);

  await freshProgress.goto();
  await expect(freshProgress.moodChart).toHaveAccessibleName(
    "Mood chart for the last 30 days: 5 check-ins in 30 days, averaging 4.2 out of 7 (about Uneasy); best Good, hardest Low.",
  );
  await expect(freshProgress.minutesChart).toHaveAccessibleName(
    "Mindfulness minutes for the last 30 days: 50 in total over 4 days, at most 20 in a day.",
  );
  expect(await freshProgress.daysCheckedIn()).toEqual({ checkedIn: 5, of: 30 });
  await expect(freshProgress.stat("Current streak")).toHaveText("4 days");
  await expect(freshProgress.statNote("Current streak")).toHaveText("Check in today to keep it going.");
  await expect(freshProgress.stat("Mindfulness")).toHaveText("50 min");
  await expect(freshProgress.faceCount("Low")).toHaveText("2 days");
  await expect(freshProgress.faceCount("Great")).toHaveText("0 days");

  await freshProgress.openTable();
  await expect(freshProgress.tableBodyRows).toHaveCount(30);
  // Newest first: today, not yet checked in, heads the table.
  await expect(freshProgress.tableBodyRows.first().getByRole("rowheader")).toHaveText(shortDayName(todayInLondon()));
  await expect(freshProgress.tableRow(todayInLondon())).toContainText("No check-in");
  await expect(freshProgress.tableRow(daysAgo(2))).toContainText("Low");
  await expect(freshProgress.tableRow(daysAgo(5))).toContainText("No check-in");
  await freshProgress.expectAccessible();

  await freshToday.goto();
  await freshToday.checkIn({ mood: "Great", minutes: 30 });

  await freshProgress.goto();
  await expect(freshProgress.moodChart).toHaveAccessibleName(
    "Mood chart for the last 30 days: 6 check-ins in 30 days, averaging 4.7 out of 7 (about Okay); best Great, hardest Low.",
  );
  await expect(freshProgress.minutesChart).toHaveAccessibleName(
    "Mindfulness minutes for the last 30 days: 80 in total over 5 days, at most 30 in a day.",
  );
  expect(await freshProgress.daysCheckedIn()).toEqual({ checkedIn: 6, of: 30 });
  await expect(freshProgress.stat("Current streak")).toHaveText("5 days");
  await expect(freshProgress.statNote("Current streak")).toHaveText("Including today.");
  await expect(freshProgress.stat("Mindfulness")).toHaveText("80 min");
  await expect(freshProgress.faceCount("Great")).toHaveText("1 day");
  await freshProgress.openTable();
  await expect(freshProgress.tableRow(todayInLondon())).toContainText("Great");
  await expect(freshProgress.tableRow(todayInLondon())).toContainText("30");
});

test("the range links show the last 7, 30 and 90 days and the last year", async ({ freshPatient, freshProgress }) => {
  // One check-in a week for twenty weeks, so each range holds a different number of them.
  await freshPatient.addPastEntries(Array.from({ length: 20 }, (_, i) => ({ daysAgo: 1 + 7 * i, mood: "Good" as const, minutes: 5 })));

  await freshProgress.goto();
  await expect(freshProgress.rangeLink("30 days")).toHaveAttribute("aria-current", "page");
  await expect(freshProgress.stat("Days checked in")).toHaveText("5 of 30");

  await freshProgress.chooseRange("7 days");
  await expect(freshProgress.currentRange).toHaveCount(1);
  await expect(freshProgress.moodChart).toHaveAccessibleName(/^Mood chart for the last 7 days: 1 check-ins? in 7 days/);
  await expect(freshProgress.stat("Days checked in")).toHaveText("1 of 7");
  await freshProgress.openTable();
  await expect(freshProgress.tableBodyRows).toHaveCount(7);
  await freshProgress.expectAccessible();

  await freshProgress.chooseRange("90 days");
  await expect(freshProgress.stat("Days checked in")).toHaveText("13 of 90");

  await freshProgress.chooseRange("1 year");
  await expect(freshProgress.moodChart).toHaveAccessibleName(/^Mood chart for the last year\b.*: 20 check-ins in 365 days/);
  await expect(freshProgress.stat("Days checked in")).toHaveText("20 of 365");
  // A year is too long to list by day: the table goes by week.
  await expect(freshProgress.tableToggle).toHaveText("Show each week as a table");
  await freshProgress.openTable();
  await expect(freshProgress.table.getByRole("columnheader").first()).toHaveText("Week");
  await freshProgress.expectAccessible();

  // An address with a range the page does not offer falls back to 30 days.
  await freshProgress.goto();
  freshProgress.path = "/progress?days=12";
  await freshProgress.goto();
  await expect(freshProgress.currentRange).toHaveText("30 days");
});
