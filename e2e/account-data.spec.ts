import { csvRecords } from "../lib/testing/csv";
import { psychiatristWithReply } from "./account-data-data";
import { expect, signedIn, test } from "./fixtures";
import { AccountDataPage } from "./pages/account-data-page";
import { daysAgo } from "./test-data";

// Download your data: every role gets everything MiWell holds about them as JSON, patients their
// check-ins as CSV too. Each test makes its own accounts; the files are read back as saved.

/** Notes a CSV must carry through: commas, quotes, line breaks, emoji and accents, and one a spreadsheet would run. */
const NOTES = {
  commas: 'Tired, but "okay" after the walk',
  lines: "Slept badly.\nBetter by lunch.",
  emoji: "Café with Zoë 😀",
  formula: "=SUM(1,2)",
};

const DATED = (stem: string, extension: string) => new RegExp(`^${stem}-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`);

test("a patient downloads all their data as JSON, holding their check-ins", async ({ freshPatient, freshPatientPage }) => {
  await freshPatient.addPastEntries([
    { daysAgo: 3, mood: "Low", note: NOTES.commas, minutes: 10 },
    { daysAgo: 2, mood: "Okay" },
    { daysAgo: 1, mood: "Good", note: NOTES.emoji },
  ]);
  const data = new AccountDataPage(freshPatientPage);
  await data.goto();
  await expect(data.heading).toHaveText("Download your data");
  await expect(data.contents.filter({ hasText: /^Every check-in:/ })).toHaveCount(1);
  await expect(data.contents.filter({ hasText: /^Alerts raised about you:/ })).toHaveCount(1);
  await expect(data.csvLink).toBeVisible();
  await data.expectAccessible();

  const file = await data.downloadJson();
  expect(file.fileName).toMatch(DATED("miwell-data", "json"));
  const json = JSON.parse(file.text);
  expect(json).toMatchObject({ format: "miwell-account-export", version: 1, role: "patient", profile: { email: freshPatient.email, firstName: freshPatient.firstName } });
  expect(json.entries.map((e: { date: string; moodWord: string; note: string | null; minutes: number }) => [e.date, e.moodWord, e.note, e.minutes])).toEqual([
    [daysAgo(3), "Low", NOTES.commas, 10],
    [daysAgo(2), "Okay", null, 0],
    [daysAgo(1), "Good", NOTES.emoji, 0],
  ]);
  // Still on the page: a download is not a navigation.
  await expect(data.heading).toHaveText("Download your data");
});

test("a patient downloads their check-ins as a CSV that reads back to the same notes", async ({ freshPatient, freshPatientPage }) => {
  await freshPatient.addPastEntries([
    { daysAgo: 4, mood: "Uneasy", note: NOTES.commas },
    { daysAgo: 3, mood: "Low", note: NOTES.lines },
    { daysAgo: 2, mood: "Great", note: NOTES.emoji, minutes: 20 },
    { daysAgo: 1, mood: "Okay", note: NOTES.formula },
  ]);
  const data = new AccountDataPage(freshPatientPage);
  await data.goto();
  const file = await data.downloadCsv();
  expect(file.fileName).toMatch(DATED("miwell-entries", "csv"));
  // The byte order mark that lets spreadsheets read the emoji and accents as UTF-8.
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csvRecords(file.text);
  expect(rows.map((r) => [r.Date, r.Mood, r["Mood word"], r.Note, r["Mindfulness minutes"]])).toEqual([
    [daysAgo(4), "4", "Uneasy", NOTES.commas, "0"],
    [daysAgo(3), "3", "Low", NOTES.lines, "0"],
    [daysAgo(2), "7", "Great", NOTES.emoji, "20"],
    // A spreadsheet shows this one as text rather than running it.
    [daysAgo(1), "5", "Okay", `'${NOTES.formula}`, "0"],
  ]);
});

test("a psychiatrist downloads their profile and replies, and has no CSV", async ({ browser }) => {
  const psychiatrist = await psychiatristWithReply("Download");
  const page = await signedIn(browser, psychiatrist, "/caseload");
  try {
    const data = new AccountDataPage(page);
    await data.goto();
    await expect(data.contents.filter({ hasText: /^Every reply you wrote:/ })).toHaveCount(1);
    await expect(data.csvLink).toHaveCount(0);
    await data.expectAccessible();

    const file = await data.downloadJson();
    expect(file.fileName).toMatch(DATED("miwell-data", "json"));
    const json = JSON.parse(file.text);
    expect(json).toMatchObject({ role: "psychiatrist", profile: { email: psychiatrist.email, acceptingNewPatients: false } });
    expect(json.replies).toEqual([
      { text: psychiatrist.replyText, writtenAt: expect.any(String), editedAt: null, entryDate: daysAgo(1), patientId: psychiatrist.patientId },
    ]);
    // The patient is a reference number: neither their name nor their note is the psychiatrist's to take.
    expect(file.text).not.toContain("Kit1");
    expect(file.text).not.toContain("A long day at work.");

    expect((await page.request.get("/account/data/miwell-entries.csv")).status()).toBe(404);
  } finally {
    await page.context().close();
  }
});

test("the download page fits a phone, and the anonymous are sent to sign in", async ({ freshPatientPage, page }) => {
  await freshPatientPage.setViewportSize({ width: 360, height: 800 });
  const data = new AccountDataPage(freshPatientPage);
  await data.goto();
  expect(await data.scrollWidth()).toBeLessThanOrEqual(360);
  await data.expectAccessible();
  await data.backLink.click();
  await freshPatientPage.waitForURL((url) => url.pathname === "/account");

  const anonymous = await page.request.get("/account/data/miwell-data.json", { maxRedirects: 0 });
  expect(anonymous.status()).toBeGreaterThanOrEqual(300);
  expect(anonymous.status()).toBeLessThan(400);
  expect(new URL(anonymous.headers()["location"], "http://x").pathname).toBe("/login");
});
