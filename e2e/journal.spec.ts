import { expect, test } from "./fixtures";
import { dayName } from "./moods";
import { JournalDeletePage, DELETE_TITLE } from "./pages/journal-delete-page";
import { JournalEditPage } from "./pages/journal-edit-page";
import { NOT_FOUND_TITLE, StatusPage } from "./pages/status-page";
import { addPastEntries, createPatientAccount, daysAgo, entryExists, pastDays } from "./test-data";

// The journal: every entry newest first, twenty to a page, each editable (the change is kept as
// a revision and the entry says it was edited) and deletable after a confirmation. Each test has
// a patient of its own with a few weeks of past check-ins written straight into the database.

test("a new patient's journal is empty and says where to start", async ({ freshJournal }) => {
  await freshJournal.goto();
  await expect(freshJournal.heading).toHaveText("Your journal");
  await expect(freshJournal.emptyNotice).toBeVisible();
  await expect(freshJournal.entries).toHaveCount(0);
  await expect(freshJournal.main.getByRole("link", { name: "Check in today" })).toBeVisible();
  await freshJournal.expectAccessible();
});

test("the journal lists every entry newest first, twenty to a page", async ({ freshPatient, freshJournal }) => {
  // Twenty-five days ending yesterday; only yesterday's has a message.
  await freshPatient.addPastEntries(
    pastDays(25).map((entry) => (entry.daysAgo === 1 ? { ...entry, note: "Walked to the park with my sister." } : entry)),
  );

  await freshJournal.goto();
  await expect(freshJournal.total).toHaveText("25 check-ins, newest first.");
  await expect(freshJournal.entries).toHaveCount(20);
  // Newest first: yesterday, then the day before, and so on.
  await expect(freshJournal.entries.first()).toHaveAccessibleName(dayName(daysAgo(1)));
  await expect(freshJournal.entries.nth(1)).toHaveAccessibleName(dayName(daysAgo(2)));
  await expect(freshJournal.entries.last()).toHaveAccessibleName(dayName(daysAgo(20)));
  await expect(freshJournal.entry(daysAgo(1))).toContainText("Walked to the park with my sister.");
  await expect(freshJournal.entryMood(daysAgo(1), "Good")).toBeVisible();
  await expect(freshJournal.entryDetails(daysAgo(2))).toHaveText(/^5 minutes of mindfulness · Task: .+$/);
  await expect(freshJournal.editLink(daysAgo(1))).toBeVisible();
  await expect(freshJournal.deleteLink(daysAgo(1))).toBeVisible();
  await expect(freshJournal.pageIndicator).toHaveText("Page 1 of 2");
  await expect(freshJournal.newerLink).toHaveCount(0);
  await freshJournal.expectAccessible();

  await freshJournal.olderLink.click();
  await freshJournal.page.waitForURL((url) => url.searchParams.get("page") === "2");
  await expect(freshJournal.pageIndicator).toHaveText("Page 2 of 2");
  await expect(freshJournal.entries).toHaveCount(5);
  await expect(freshJournal.entries.first()).toHaveAccessibleName(dayName(daysAgo(21)));
  await expect(freshJournal.entries.last()).toHaveAccessibleName(dayName(daysAgo(25)));
  await expect(freshJournal.olderLink).toHaveCount(0);
  await freshJournal.expectAccessible();

  await freshJournal.newerLink.click();
  await freshJournal.page.waitForURL((url) => url.searchParams.get("page") === "1");
  await expect(freshJournal.entries.first()).toHaveAccessibleName(dayName(daysAgo(1)));

  // A page past the end shows the last page rather than an error.
  await freshJournal.gotoPage(9);
  await expect(freshJournal.pageIndicator).toHaveText("Page 2 of 2");
});

test("editing an older entry opens it filled in, keeps one entry and marks it edited", async ({ freshPatient, freshJournal }) => {
  const day = daysAgo(3);
  await freshPatient.addPastEntries([
    { daysAgo: 2, mood: "Okay" },
    { daysAgo: 3, mood: "Low", note: "Tired after the late shift.", minutes: 10 },
    { daysAgo: 4, mood: "Good" },
  ]);

  await freshJournal.goto();
  await expect(freshJournal.editedMark(day)).toHaveCount(0);
  await freshJournal.editLink(day).click();

  const edit = new JournalEditPage(freshJournal.page);
  await edit.arrived();
  await expect(edit.heading).toHaveText(edit.headingFor(day));
  await expect(edit.mood("Low")).toBeChecked();
  await expect(edit.noteInput).toHaveValue("Tired after the late shift.");
  await expect(edit.minutesSlider).toHaveValue("10");
  await expect(edit.backLink).toBeVisible();
  await edit.expectAccessible();

  await edit.save({ mood: "Uneasy", note: "Tired after the late shift, but I slept well.", minutes: 25 });

  await expect(freshJournal.notice).toHaveText("Your entry was updated. The earlier version is kept.");
  await expect(freshJournal.total).toHaveText("3 check-ins, newest first.");
  await expect(freshJournal.entryMood(day, "Uneasy")).toBeVisible();
  await expect(freshJournal.entry(day)).toContainText("Tired after the late shift, but I slept well.");
  await expect(freshJournal.entryDetails(day)).toHaveText(/^25 minutes of mindfulness/);
  await expect(freshJournal.editedMark(day)).toBeVisible();
  // The other days are untouched.
  await expect(freshJournal.editedMark(daysAgo(2))).toHaveCount(0);
  await expect(freshJournal.editedMark(daysAgo(4))).toHaveCount(0);
  await freshJournal.expectAccessible();
});

test("leaving the edit screen without saving changes nothing", async ({ freshPatient, freshJournal }) => {
  const [entryId] = await freshPatient.addPastEntries([{ daysAgo: 5, mood: "Great" }]);
  const edit = new JournalEditPage(freshJournal.page);
  await edit.open(entryId);
  await edit.chooseMood("Distressed");
  await edit.backLink.click();
  await freshJournal.page.waitForURL((url) => url.pathname === "/journal" && url.search === "");
  await expect(freshJournal.entryMood(daysAgo(5), "Great")).toBeVisible();
  await expect(freshJournal.editedMark(daysAgo(5))).toHaveCount(0);
});

test("an older entry is deleted only after confirming, and “No, keep it” keeps it", async ({ freshPatient, freshJournal }) => {
  const [keptId, deletedId] = await freshPatient.addPastEntries([
    { daysAgo: 1, mood: "Good", note: "A good one to keep." },
    { daysAgo: 6, mood: "Uneasy", note: "Nervous about the appointment.", minutes: 5 },
  ]);
  const day = daysAgo(6);

  await freshJournal.goto();
  await freshJournal.deleteLink(day).click();
  const remove = new JournalDeletePage(freshJournal.page);
  await remove.arrived();
  await expect(remove.heading).toHaveText(DELETE_TITLE);
  // The entry is shown once more, without its own edit and delete links.
  await expect(remove.entry).toHaveAccessibleName(dayName(day));
  await expect(remove.entry).toContainText("Nervous about the appointment.");
  await expect(remove.entry.getByRole("link")).toHaveCount(0);
  await remove.expectAccessible();

  await remove.keep();
  await expect(freshJournal.total).toHaveText("2 check-ins, newest first.");
  await expect(freshJournal.entry(day)).toBeVisible();
  expect(await entryExists(deletedId)).toBe(true);

  await freshJournal.deleteLink(day).click();
  await remove.arrived();
  await remove.confirm();
  await expect(freshJournal.notice).toHaveText("The entry was deleted.");
  await expect(freshJournal.total).toHaveText("1 check-in, newest first.");
  await expect(freshJournal.entry(day)).toHaveCount(0);
  await expect(freshJournal.entry(daysAgo(1))).toBeVisible();
  expect(await entryExists(deletedId)).toBe(false);
  expect(await entryExists(keptId)).toBe(true);
  await freshJournal.expectAccessible();

  // Its address is gone with it.
  const status = new StatusPage(freshJournal.page);
  const response = await status.open(`/journal/${deletedId}/edit`);
  expect(response?.status()).toBe(404);
});

test("a patient cannot open another patient's entry to edit or delete it", async ({ freshPatientPage }) => {
  const other = await createPatientAccount("Jamie");
  const [theirs] = await addPastEntries(other.userId, [{ daysAgo: 2, mood: "Low", note: "Private to Jamie." }]);
  const status = new StatusPage(freshPatientPage);

  for (const path of [`/journal/${theirs}/edit`, `/journal/${theirs}/delete`]) {
    const response = await status.open(path);
    expect(response?.status(), path).toBe(404);
    await expect(status.heading).toHaveText(NOT_FOUND_TITLE);
    await expect(status.main).not.toContainText("Private to Jamie.");
  }
  await status.expectAccessible();
  // Nor does a made-up id or a word reveal anything more.
  for (const path of ["/journal/999999999/edit", "/journal/not-a-number/delete"]) {
    expect((await status.open(path))?.status(), path).toBe(404);
  }
  expect(await entryExists(theirs)).toBe(true);
});
