import { eq } from "drizzle-orm";
import type { Locator, Page } from "@playwright/test";
import { getDb } from "../db/client";
import { patients, users } from "../db/schema";
import { DEMO_PASSWORD, expect, signedIn, test, uniqueToken } from "./fixtures";
import { waitForEmails } from "./mailbox";
import { AlertsPage } from "./pages/alerts-page";
import { JournalPage } from "./pages/journal-page";
import { PatientPage } from "./pages/patient-page";
import { ReviewPage } from "./pages/review-page";
import { TodayPage } from "./pages/today-page";
import { daysAgo } from "./test-data";

// What a patient writes is shown as text wherever it appears: markup in a note renders literally
// on every screen that shows it and in the alert email, and nothing in it runs. (The caseload
// shows no notes; the patient's record, where the psychiatrist reads them, stands in for it.)

/** The seeded psychiatrist the app assigned the patient to (every demo account shares one password). */
async function psychiatristOf(patientId: number): Promise<{ email: string; password: string }> {
  const [row] = await getDb()
    .select({ email: users.email })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.psychiatristId))
    .where(eq(patients.userId, patientId));
  return { email: row.email, password: DEMO_PASSWORD };
}

/** The note is on the screen as the patient typed it, and none of it became an element or ran. */
async function expectShownAsText(page: Page, where: Locator, note: string): Promise<void> {
  await expect(where).toContainText(note);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("b", { hasText: "bold" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // The page's data carries the note inside Next's own scripts, as a string; no script of its own exists.
  expect(await page.evaluate(() => [...document.scripts].some((script) => script.text.trim().startsWith("window.__pwned")))).toBe(false);
}

test("markup in a note is shown as text in the journal, the review queue, the patient's record, the alerts and the alert email", async ({ browser, freshPatient, freshPatientPage }) => {
  test.setTimeout(90_000);
  const marker = uniqueToken();
  const note = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> ${marker} I want to end my life`;
  const today = daysAgo(0);

  // --- The patient checks in and reads it back in the journal ---------------------------------
  const todayPage = new TodayPage(freshPatientPage);
  await todayPage.waitForHydration();
  await todayPage.checkIn({ mood: "Okay", note });
  await expectShownAsText(freshPatientPage, todayPage.entry, note);
  const journal = new JournalPage(freshPatientPage);
  await journal.goto();
  await expectShownAsText(freshPatientPage, journal.entry(today), note);

  // --- Their psychiatrist reads it in the queue, on the record and on the alert ---------------
  const doctorPage = await signedIn(browser, await psychiatristOf(freshPatient.userId), "/caseload");
  const review = new ReviewPage(doctorPage);
  await review.goto();
  await expectShownAsText(doctorPage, review.entries.filter({ hasText: marker }), note);
  const record = new PatientPage(doctorPage);
  await record.open(freshPatient.userId);
  await expectShownAsText(doctorPage, record.checkIn(today), note);
  const alerts = new AlertsPage(doctorPage);
  await alerts.goto();
  await expectShownAsText(doctorPage, alerts.cards.filter({ hasText: marker }), note);

  // --- The alert email: escaped in its HTML, literal in its text ------------------------------
  const [email] = await waitForEmails((e) => e.text.includes(marker), { timeoutMs: 15_000 });
  expect(email.text).toContain(note);
  expect(email.html).toContain("&lt;script&gt;window.__pwned=2&lt;/script&gt;");
  expect(email.html).toContain("&lt;img src=x onerror=");
  expect(email.html).not.toContain("<script");
  expect(email.html).not.toContain("<img src=x");
  expect(email.html).not.toContain("<b>bold</b>");

  await doctorPage.context().close();
});
