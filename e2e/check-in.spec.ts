import { expect, test } from "./fixtures";
import { MOOD_WORDS } from "./moods";
import { NOTE_MAX } from "./pages/check-in-form";
import { JournalPage } from "./pages/journal-page";
import { todayInLondon } from "./test-data";

// The daily check-in on /today, driven as a patient would, by a patient made for each test (so
// the demo patient stays unchecked-in today and no test depends on another).

test.describe("checking in", () => {
  test("a face and the submit button are enough: two taps", async ({ freshToday }) => {
    await freshToday.goto();
    await expect(freshToday.heading).toHaveText("Hello, Casey");
    await expect(freshToday.psychiatristSentence).toBeVisible();
    // The seven faces, best to worst, each a radio named by its word; none chosen yet.
    await expect(freshToday.moodRadios).toHaveCount(7);
    for (const word of MOOD_WORDS) await expect(freshToday.mood(word)).not.toBeChecked();
    await freshToday.expectAccessible();

    await freshToday.chooseMood("Good");
    await freshToday.submit();
    await freshToday.waitForSaved();

    await expect(freshToday.heading).toHaveText("Thank you for checking in");
    expect(await freshToday.savedEntry()).toEqual({ mood: "Good", note: null, minutes: 0 });
    await expect(freshToday.crisisPanel).toHaveCount(0);
    await freshToday.expectAccessible();
  });

  test("the button shows that the check-in is saving until it is saved", async ({ freshToday }) => {
    await freshToday.goto();
    await freshToday.chooseMood("Okay");
    const release = await freshToday.holdSaving();
    await freshToday.submit();
    await expect(freshToday.savingButton).toBeVisible();
    await expect(freshToday.savingButton).toHaveAttribute("aria-disabled", "true");
    release();
    await freshToday.waitForSaved();
    await expect(freshToday.entryMood("Okay")).toBeVisible();
  });

  test("a check-in with a message and minutes set with the keyboard shows both", async ({ freshToday }) => {
    await freshToday.goto();
    await freshToday.chooseMood("Uneasy");
    await freshToday.typeNote("Slept better");
    await expect(freshToday.noteCount).toHaveText(`12 of ${NOTE_MAX} characters`);
    // The count is tied to the message for screen readers.
    await expect(freshToday.noteInput).toHaveAccessibleDescription(`12 of ${NOTE_MAX} characters`);

    await freshToday.setMinutes(15);
    await expect(freshToday.minutesShown).toHaveText("Minutes of mindfulness today: 15");
    await expect(freshToday.minutesSlider).toHaveAttribute("aria-valuetext", "15 minutes");
    // The slider stops at its ends: 0 to 120 in steps of 5.
    await freshToday.page.keyboard.press("End");
    await expect(freshToday.minutesSlider).toHaveValue("120");
    await freshToday.page.keyboard.press("ArrowRight");
    await expect(freshToday.minutesSlider).toHaveValue("120");
    await freshToday.setMinutes(15);
    await freshToday.expectAccessible();

    await freshToday.submit();
    await freshToday.waitForSaved();
    expect(await freshToday.savedEntry()).toEqual({ mood: "Uneasy", note: "Slept better", minutes: 15 });
    await expect(freshToday.entryMinutes).toHaveText("15 minutes of mindfulness");
  });

  test("the message counts its characters and stops at 280", async ({ freshToday }) => {
    await freshToday.goto();
    await expect(freshToday.noteCount).toHaveText(`0 of ${NOTE_MAX} characters`);
    await freshToday.typeNote("x".repeat(NOTE_MAX + 20));
    await expect(freshToday.noteInput).toHaveValue("x".repeat(NOTE_MAX));
    await expect(freshToday.noteCount).toHaveText(`${NOTE_MAX} of ${NOTE_MAX} characters`);
    // Typing on at the limit adds nothing.
    await freshToday.noteInput.press("End");
    await freshToday.noteInput.pressSequentially("yz");
    await expect(freshToday.noteInput).toHaveValue("x".repeat(NOTE_MAX));

    await freshToday.chooseMood("Great");
    await freshToday.submit();
    await freshToday.waitForSaved();
    expect((await freshToday.savedEntry()).note).toBe("x".repeat(NOTE_MAX));
  });

  test("submitting without a face asks for one and keeps what was typed", async ({ freshToday }) => {
    await freshToday.goto();
    await freshToday.typeNote("Not sure yet");
    await freshToday.submit();
    // The browser's own check stops the form: nothing is saved and the page stays the form.
    expect(await freshToday.mood("Great").evaluate((radio) => (radio as HTMLInputElement).validity.valueMissing)).toBe(true);
    await expect(freshToday.page).toHaveURL((url) => url.pathname === "/today" && !url.searchParams.has("saved"));
    await expect(freshToday.noteInput).toHaveValue("Not sure yet");
    await expect(freshToday.entry).toHaveCount(0);
  });
});

test.describe("after checking in", () => {
  test("the page shows today's task and message, and the task can be marked done", async ({ freshToday }) => {
    await freshToday.goto();
    await freshToday.checkIn({ mood: "Good", minutes: 10 });

    await expect(freshToday.taskCard).toBeVisible();
    await expect(freshToday.taskTitle).not.toBeEmpty();
    await expect(freshToday.taskDuration).toBeVisible();
    await expect(freshToday.messageCard).toBeVisible();
    await expect(freshToday.messageText).not.toBeEmpty();
    const task = await freshToday.taskTitle.innerText();
    const message = await freshToday.messageText.innerText();

    // The same task and message all day: reloading does not change them.
    await freshToday.goto();
    await expect(freshToday.heading).toHaveText("Hello, Casey");
    await expect(freshToday.taskTitle).toHaveText(task);
    await expect(freshToday.messageText).toHaveText(message);

    await freshToday.markTaskDone();
    await expect(freshToday.taskDoneButton).toHaveCount(0);
    await freshToday.goto();
    await expect(freshToday.taskDoneNote).toBeVisible();
    await freshToday.expectAccessible();

    const journal = new JournalPage(freshToday.page);
    await journal.goto();
    await expect(journal.entryDetails(todayInLondon())).toHaveText(`10 minutes of mindfulness · Task: ${task} (done)`);
  });

  test("today's entry opens in the same form, filled in, and a change shows at once", async ({ freshToday }) => {
    await freshToday.goto();
    await freshToday.checkIn({ mood: "Low", note: "Long day at work", minutes: 20 });

    await freshToday.openEdit();
    await expect(freshToday.mood("Low")).toBeChecked();
    expect(await freshToday.chosenMood()).toBe("Low");
    await expect(freshToday.noteInput).toHaveValue("Long day at work");
    await expect(freshToday.noteCount).toHaveText(`16 of ${NOTE_MAX} characters`);
    await expect(freshToday.minutesSlider).toHaveValue("20");
    await expect(freshToday.minutesShown).toHaveText("Minutes of mindfulness today: 20");
    await expect(freshToday.submitButton).toHaveText("Save changes");
    await expect(freshToday.keepAsItWasLink).toBeVisible();
    await freshToday.expectAccessible();

    await freshToday.chooseMood("Good");
    await freshToday.submit();
    await freshToday.waitForSaved();
    expect(await freshToday.savedEntry()).toEqual({ mood: "Good", note: "Long day at work", minutes: 20 });

    // Still one entry for today in the journal, marked as edited.
    const journal = new JournalPage(freshToday.page);
    await journal.goto();
    await expect(journal.entries).toHaveCount(1);
    await expect(journal.total).toHaveText("1 check-in, newest first.");
    await expect(journal.entryMood(todayInLondon(), "Good")).toBeVisible();
    await expect(journal.editedMark(todayInLondon())).toBeVisible();
  });

  test("leaving the edit form by “Keep it as it was” changes nothing", async ({ freshToday }) => {
    await freshToday.goto();
    await freshToday.checkIn({ mood: "Okay" });
    await freshToday.openEdit();
    await freshToday.chooseMood("Great");
    await freshToday.keepAsItWasLink.click();
    await freshToday.page.waitForURL((url) => url.pathname === "/today" && url.search === "");
    expect((await freshToday.savedEntry()).mood).toBe("Okay");

    const journal = new JournalPage(freshToday.page);
    await journal.goto();
    await expect(journal.editedMark(todayInLondon())).toHaveCount(0);
  });
});

test.describe("crisis support on a hard day", () => {
  for (const mood of ["Very low", "Distressed"] as const) {
    test(`a ${mood} check-in shows the helplines before anything else`, async ({ freshToday }) => {
      await freshToday.goto();
      await freshToday.checkIn({ mood, note: "Rough night, not much sleep." });

      await expect(freshToday.crisisPanel).toBeVisible();
      await expect(freshToday.callLinks).toHaveText(["Call 116 123", "Call 111", "Call 999"]);
      const hrefs = await freshToday.callLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(["tel:116123", "tel:111", "tel:999"]);
      // First in the page: before the greeting and before the entry itself.
      expect(await freshToday.comesBefore(freshToday.crisisPanel, freshToday.heading)).toBe(true);
      expect(await freshToday.comesBefore(freshToday.crisisPanel, freshToday.entry)).toBe(true);
      expect((await freshToday.savedEntry()).mood).toBe(mood);
      await freshToday.expectAccessible();
    });
  }

  test("a Good check-in shows no crisis panel, and changing it to Distressed brings it", async ({ freshToday }) => {
    await freshToday.goto();
    await freshToday.checkIn({ mood: "Good" });
    await expect(freshToday.crisisPanel).toHaveCount(0);

    await freshToday.openEdit();
    await freshToday.chooseMood("Distressed");
    await freshToday.submit();
    await freshToday.waitForSaved();
    await expect(freshToday.crisisPanel).toBeVisible();
    await expect(freshToday.callLinks).toHaveCount(3);
  });
});
