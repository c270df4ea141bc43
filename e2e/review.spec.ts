import { expect, signedIn, test } from "./fixtures";
import { dayName } from "./moods";
import { JournalEditPage } from "./pages/journal-edit-page";
import { JournalPage } from "./pages/journal-page";
import { ReviewPage } from "./pages/review-page";
import { createCaseload } from "./review-data";
import { addPastEntries, daysAgo } from "./test-data";

// The review queue: a psychiatrist of the test's own with one patient, so the queue holds just
// what the test wrote. They answer the hardest day first, the patient reads the reply in their
// journal, and the queue empties.


test("a psychiatrist replies to the lowest mood first, edits the reply, and the patient reads it", async ({ browser }) => {
  // Two people, six screens and three accessibility scans.
  test.setTimeout(90_000);
  const { psychiatrist, patient } = await createCaseload();
  const [, hardDay] = await addPastEntries(patient.userId, [
    { daysAgo: 1, mood: "Good" },
    { daysAgo: 2, mood: "Very low", note: "Couldn't sleep at all." },
    { daysAgo: 3, mood: "Okay", minutes: 10 },
  ]);
  const [yesterday, twoDaysAgo, threeDaysAgo] = [daysAgo(1), daysAgo(2), daysAgo(3)];
  const name = patient.name;

  const doctorPage = await signedIn(browser, psychiatrist, "/caseload");
  const review = new ReviewPage(doctorPage);
  await review.goto();
  await expect(review.heading).toHaveText("Review");
  await expect(review.reviewLink).toHaveAccessibleName("Review (3)");
  await expect(review.summary).toHaveText("3 entries waiting, lowest moods first, then oldest.");
  // Lowest mood first: Very low, then Okay, then Good.
  await expect(review.entries).toHaveCount(3);
  await expect(review.entries.nth(0)).toHaveAccessibleName(`${name} ${dayName(twoDaysAgo)}`);
  await expect(review.entries.nth(1)).toHaveAccessibleName(`${name} ${dayName(threeDaysAgo)}`);
  await expect(review.entries.nth(2)).toHaveAccessibleName(`${name} ${dayName(yesterday)}`);
  await expect(review.entry(name, twoDaysAgo)).toContainText("Very low");
  await expect(review.entry(name, twoDaysAgo)).toContainText("Couldn't sleep at all.");
  await expect(review.entry(name, threeDaysAgo)).toContainText("10 minutes of mindfulness");
  await expect(review.patientLink(name, twoDaysAgo)).toHaveAttribute("href", `/patients/${patient.userId}`);
  await review.expectAccessible();

  // An empty reply is answered next to its box.
  await review.replyBox(name, twoDaysAgo).fill("   ");
  await review.sendReplyButton(name, twoDaysAgo).click();
  await expect(review.replyError(name, twoDaysAgo)).toBeVisible();
  await expect(review.replyBox(name, twoDaysAgo)).toBeFocused();

  const words = "Thank you for telling me. <b>Let's</b> talk on Friday.";
  await review.reply(name, twoDaysAgo, words);
  await expect(review.notice).toHaveText("Reply sent. The entry is marked reviewed.");
  await expect(review.entries).toHaveCount(2);
  await expect(review.entry(name, twoDaysAgo)).toHaveCount(0);
  await expect(review.reviewLink).toHaveAccessibleName("Review (2)");

  // The patient reads it under the entry, as text.
  const patientPage = await signedIn(browser, patient, "/today");
  const journal = new JournalPage(patientPage);
  await journal.goto();
  await expect(journal.replyHeading(twoDaysAgo)).toHaveText(`Reply from ${psychiatrist.name}`);
  await expect(journal.replyText(twoDaysAgo)).toHaveText(words);
  await expect(journal.replyHeading(yesterday)).toHaveCount(0);
  await journal.expectAccessible();

  // The patient changes the entry: it comes back to the queue with the reply, which its author edits.
  const edit = new JournalEditPage(patientPage);
  await edit.open(hardDay);
  await edit.save({ mood: "Low", note: "Slept a little in the end." });

  await review.goto();
  await expect(review.entries).toHaveCount(3);
  await expect(review.replyHeading(name, twoDaysAgo)).toHaveText("Your reply");
  await review.editReply(name, twoDaysAgo, "Glad you slept a little. See you on Friday.");
  await expect(review.notice).toHaveText("Reply updated.");
  await expect(review.entries).toHaveCount(2);

  await journal.goto();
  await expect(journal.replyHeading(twoDaysAgo)).toHaveText(`Reply from ${psychiatrist.name} (edited)`);
  await expect(journal.replyText(twoDaysAgo)).toHaveText("Glad you slept a little. See you on Friday.");

  // Reviewed without a reply: one entry, then all that are shown.
  await review.markReviewed(name, threeDaysAgo);
  await expect(review.notice).toHaveText("1 entry marked reviewed.");
  await expect(review.entries).toHaveCount(1);
  await review.markAllShown();
  await expect(review.notice).toHaveText("1 entry marked reviewed.");
  await expect(review.emptyNotice).toBeVisible();
  await expect(review.reviewLink).toHaveAccessibleName("Review (0)");
  await review.expectAccessible();

  await doctorPage.context().close();
  await patientPage.context().close();
});

test("the review queue fits a phone screen", async ({ browser }) => {
  const { psychiatrist, patient } = await createCaseload();
  await addPastEntries(patient.userId, [{ daysAgo: 1, mood: "Distressed", note: "A long note ".repeat(20).trim() }, { daysAgo: 2, mood: "Okay" }]);
  const page = await signedIn(browser, psychiatrist, "/caseload");
  await page.setViewportSize({ width: 360, height: 740 });
  const review = new ReviewPage(page);
  await review.goto();
  await expect(review.entries).toHaveCount(2);
  expect(await review.scrollWidth()).toBeLessThanOrEqual(360);
  await review.expectAccessible();
  await page.context().close();
});

test("another role cannot open the review queue", async ({ today }) => {
  const review = new ReviewPage(today.page);
  const response = await review.goto();
  expect(response?.status()).toBe(403);
});
