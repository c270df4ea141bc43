import { DEMO, DEMO_PASSWORD, expect, signedIn, test, uniqueToken } from "./fixtures";
import { JournalPage } from "./pages/journal-page";
import { LibraryPage, TaskFormPage } from "./pages/library-page";
import { PatientPage } from "./pages/patient-page";
import { ReviewPage } from "./pages/review-page";
import { CaseloadPage } from "./pages/caseload-page";
import { TodayPage } from "./pages/today-page";
import { createPatientOf, lastTaskOfBand, psychiatristByEmail, settleOtherFreshPatients, taskIdByTitle } from "./psychiatrist-data";
import { createCaseload } from "./review-data";
import { addPastEntries, daysAgo } from "./test-data";

// The psychiatrist's day, with a patient of this spec's own: the patient whose low mood is the
// newest tops the caseload; the psychiatrist opens them, pins a task for hard days, replies to
// the entry and later edits the reply; the patient reads it in their journal and, checking in
// on a hard day, is given the pinned task.

/** The other seeded psychiatrist, who must not see the demo psychiatrist's patients. */
const OTHER_PSYCHIATRIST = "priya.shah@example.com";


const demoPsychiatrist = { email: DEMO.psychiatrist.email, password: DEMO_PASSWORD };

test("a psychiatrist finds the newest low mood first, pins a task, replies, and the patient sees both", async ({ browser }) => {
  // Two people, a dozen screens and four accessibility scans.
  test.setTimeout(150_000);
  const psychiatrist = await psychiatristByEmail(DEMO.psychiatrist.email);
  const firstName = `Quinn${uniqueToken().replace(/\d/g, "").slice(0, 6)}`;
  const patient = await createPatientOf(psychiatrist, firstName);
  await addPastEntries(patient.userId, [
    { daysAgo: 1, mood: "Distressed", note: "Everything felt too much today." },
    { daysAgo: 2, mood: "Okay", minutes: 10 },
    { daysAgo: 3, mood: "Very low" },
    { daysAgo: 4, mood: "Low" },
    { daysAgo: 5, mood: "Good", minutes: 5 },
  ]);
  await settleOtherFreshPatients(psychiatrist, patient.userId);
  const yesterday = daysAgo(1);
  const task = await lastTaskOfBand("low");

  // --- The caseload: the newest unreviewed low mood comes first -------------------------------
  const doctorPage = await signedIn(browser, demoPsychiatrist, "/caseload");
  const caseload = new CaseloadPage(doctorPage);
  await caseload.goto();
  await expect(caseload.patients.first()).toBeVisible();
  expect((await caseload.patientNames())[0]).toBe(patient.name);
  await expect(caseload.needsAttention(patient.name)).toBeVisible();
  await caseload.expectAccessible();

  // --- The patient's record ------------------------------------------------------------------
  await caseload.openPatient(patient.name);
  await doctorPage.waitForURL((url) => url.pathname === `/patients/${patient.userId}`);
  const record = new PatientPage(doctorPage);
  record.path = `/patients/${patient.userId}`;
  await record.waitForHydration();
  await expect(record.heading).toHaveText(patient.name);
  await expect(record.contactDetail("Phone")).not.toBeEmpty();
  await expect(record.emailLink).toHaveText(patient.email);
  await expect(record.emailLink).toHaveAttribute("href", `mailto:${patient.email}`);
  await expect(record.contactDetail("Emergency contact")).not.toBeEmpty();
  await expect(record.medicalNotes).toBeVisible();
  await expect(record.chart).toBeVisible();
  await expect(record.checkInsHeading).toHaveText("Check-ins (5)");
  await expect(record.checkIn(yesterday)).toContainText("Distressed");
  await expect(record.checkIn(yesterday)).toContainText("Everything felt too much today.");
  await expect(record.noPinnedTask).toHaveText(`No task is pinned for ${firstName}.`);
  await record.expectAccessible();

  // Pin a task for hard days, since the patient's days are hard.
  await record.pin(firstName, task.title);
  await expect(record.pinNotice).toHaveText("The task is pinned: it becomes their task of the day when it suits their mood.");
  await expect(record.pinnedTasks).toHaveCount(1);
  await expect(record.pinnedTask(task.title)).toContainText("Hard days");
  await expect(record.unpinButton(task.title)).toBeVisible();
  await expect(record.pinOption(task.title)).toHaveCount(0);

  // --- Review: reply to yesterday's entry ---------------------------------------------------
  const review = new ReviewPage(doctorPage);
  await review.goto();
  await expect(review.entry(patient.name, yesterday)).toContainText("Distressed");
  await review.expectAccessible();
  const firstReply = "Thank you for telling me how hard yesterday was. I'll call you this afternoon.";
  await review.reply(patient.name, yesterday, firstReply);
  await expect(review.notice).toHaveText("Reply sent. The entry is marked reviewed.");
  await expect(review.entry(patient.name, yesterday)).toHaveCount(0);

  // The reply is on the patient's record too.
  await record.goto();
  await expect(record.replyHeading(yesterday)).toHaveText(`Reply from ${psychiatrist.name}`);
  await expect(record.replyText(yesterday)).toHaveText(firstReply);

  // --- The patient reads the reply, and adds to the entry -----------------------------------
  const patientPage = await signedIn(browser, patient, "/today");
  const journal = new JournalPage(patientPage);
  await journal.goto();
  await expect(journal.replyHeading(yesterday)).toHaveText(`Reply from ${psychiatrist.name}`);
  await expect(journal.replyText(yesterday)).toHaveText(firstReply);

  // --- The psychiatrist edits the reply from the patient's record ---------------------------
  const editedReply = "Glad talking helped. Let's speak again on Friday.";
  await record.goto();
  await record.editReply(yesterday, patient.name, editedReply);
  await expect(record.replyNotice).toHaveText("Reply updated.");
  await expect(record.replyText(yesterday)).toHaveText(editedReply);

  // --- The patient sees the edited reply, checks in on a hard day and gets the pinned task ---
  await journal.goto();
  await expect(journal.replyHeading(yesterday)).toHaveText(`Reply from ${psychiatrist.name} (edited)`);
  await expect(journal.replyText(yesterday)).toHaveText(editedReply);

  const today = new TodayPage(patientPage);
  await today.goto();
  await today.checkIn({ mood: "Very low" });
  await expect(today.taskTitle).toHaveText(task.title);

  await doctorPage.context().close();
  await patientPage.context().close();
});

test("a psychiatrist adds a task to the library, sees it first as theirs, and edits it", async ({ browser }) => {
  test.setTimeout(90_000);
  // A psychiatrist of the test's own: no earlier tasks of theirs to come before the new one.
  const { psychiatrist } = await createCaseload();
  const page = await signedIn(browser, psychiatrist, "/caseload");
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.heading).toHaveText("Task library");
  await library.expectAccessible();

  await library.addTaskLink.click();
  await page.waitForURL((url) => url.pathname === "/library/new");
  const form = new TaskFormPage(page);
  await form.waitForHydration();
  await expect(form.heading).toHaveText("Add a task");
  await form.expectAccessible();
  const title = `Counting breaths ${uniqueToken()}`;
  await form.save({ title, instructions: "Breathe in for four.\nBreathe out for six.", durationMinutes: 4, band: "low" });

  await library.waitForSaved();
  await expect(library.notice).toHaveText("The task is saved in the library.");
  expect((await library.titles())[0]).toBe(title);
  await expect(library.authorOf(title)).toHaveText("Written by you");
  await expect(library.task(title)).toContainText("Hard days (Very low, Distressed) · 4 min");

  await library.editLink(title).click();
  const taskId = await taskIdByTitle(title);
  await page.waitForURL((url) => url.pathname === `/library/${taskId}/edit`);
  await form.waitForHydration();
  await expect(form.titleField).toHaveValue(title);
  await form.expectAccessible();
  const newTitle = `${title} (longer)`;
  await form.save({ title: newTitle, durationMinutes: 8, band: "middle" });
  await library.waitForSaved();
  await expect(library.task(title)).toHaveCount(0);
  await expect(library.task(newTitle)).toContainText("In-between days (Low, Uneasy, Okay) · 8 min");
  await expect(library.authorOf(newTitle)).toHaveText("Written by you");

  // Someone else's task cannot be edited, even from its address.
  const other = await signedIn(browser, { email: OTHER_PSYCHIATRIST, password: DEMO_PASSWORD }, "/caseload");
  const theirForm = new TaskFormPage(other);
  const response = await theirForm.openEdit(taskId);
  expect(response?.status()).toBe(403);
  const theirLibrary = new LibraryPage(other);
  await theirLibrary.goto();
  await expect(theirLibrary.authorOf(newTitle)).toHaveText(`Written by ${psychiatrist.name}`);
  await expect(theirLibrary.editLink(newTitle)).toHaveCount(0);

  await page.context().close();
  await other.context().close();
});

test("another psychiatrist's patient answers 403", async ({ browser }) => {
  const psychiatrist = await psychiatristByEmail(DEMO.psychiatrist.email);
  const patient = await createPatientOf(psychiatrist, "Jordan");
  const page = await signedIn(browser, { email: OTHER_PSYCHIATRIST, password: DEMO_PASSWORD }, "/caseload");
  const record = new PatientPage(page);
  const response = await record.open(patient.userId);
  expect(response?.status()).toBe(403);
  await expect(page.getByText(patient.email)).toHaveCount(0);
  await page.context().close();
});

test("the caseload, a patient, the review queue and the library fit a phone screen", async ({ browser }) => {
  test.setTimeout(90_000);
  const psychiatrist = await psychiatristByEmail(DEMO.psychiatrist.email);
  const patient = await createPatientOf(psychiatrist, "Morgana");
  await addPastEntries(patient.userId, [{ daysAgo: 1, mood: "Very low", note: "A long note about a long day ".repeat(8).trim() }, { daysAgo: 2, mood: "Okay" }]);
  const page = await signedIn(browser, demoPsychiatrist, "/caseload");
  await page.setViewportSize({ width: 360, height: 740 });
  const record = new PatientPage(page);
  const screens = [new CaseloadPage(page), new ReviewPage(page), new LibraryPage(page), new TaskFormPage(page)];
  for (const screen of screens) {
    await screen.goto();
    await expect(screen.heading).toBeVisible();
    expect(await screen.scrollWidth(), `${screen.path} scrolls sideways at 360 px`).toBeLessThanOrEqual(360);
  }
  await record.open(patient.userId);
  await expect(record.heading).toHaveText(patient.name);
  expect(await record.scrollWidth(), "the patient page scrolls sideways at 360 px").toBeLessThanOrEqual(360);
  await page.context().close();
});
