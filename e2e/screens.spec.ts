import type { Page } from "@playwright/test";
import { raiseAlert } from "./alerts-data";
import { expect, signedIn, test, uniqueToken } from "./fixtures";
import { cancelLeftovers, failedEmail, unsentEmail } from "./outbox-data";
import { AccountDataPage } from "./pages/account-data-page";
import { AccountDeletePage } from "./pages/account-delete-page";
import { AccountDeletedPage } from "./pages/account-deleted-page";
import { AccountPage } from "./pages/account-page";
import { AccountPasswordPage } from "./pages/account-password-page";
import { AccountTwoFactorPage } from "./pages/account-two-factor-page";
import { AlertsPage } from "./pages/alerts-page";
import type { BasePage } from "./pages/base-page";
import { DELETE_TITLE, JournalDeletePage } from "./pages/journal-delete-page";
import { JournalEditPage } from "./pages/journal-edit-page";
import { JournalPage } from "./pages/journal-page";
import { OutboxEmailPage } from "./pages/outbox-email-page";
import { OutboxPage } from "./pages/outbox-page";
import { ProgressPage } from "./pages/progress-page";
import { FORBIDDEN_TITLE, NOT_FOUND_TITLE, StatusPage } from "./pages/status-page";
import { TasksPage } from "./pages/tasks-page";
import { createCaseload } from "./review-data";
import { addPastEntries, daysAgo, pastDays } from "./test-data";

// Full-page screenshots of every screen at a desktop and a small phone width, for people to look
// at in reports/screenshots. Each test still checks what a person would: the heading is there,
// nothing is wider than the phone, and axe finds nothing at either size.

const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "mobile", width: 360, height: 740 },
] as const;

async function captureScreen(name: string, screen: BasePage, heading: string | RegExp, open: () => Promise<unknown> = () => screen.goto()) {
  const page: Page = screen.page;
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await open();
    await expect(screen.heading).toHaveText(heading);
    await expect(screen.heading).toBeVisible();
    // Fonts and emoji settle before the picture is taken.
    await page.evaluate(() => document.fonts.ready);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `page width of ${name} at ${size.width}px`).toBeLessThanOrEqual(size.width);
    await screen.expectAccessible();
    await page.screenshot({ path: `reports/screenshots/${name}-${size.name}.png`, fullPage: true });
  }
}

test.describe("every screen at desktop and phone widths", () => {
  test("landing", async ({ landing }) => {
    await captureScreen("landing", landing, "How are you today?");
    await expect(landing.moods).toHaveCount(7);
  });

  test("login", async ({ login }) => {
    await captureScreen("login", login, "Sign in");
  });

  test("register", async ({ registerPatient }) => {
    await captureScreen("register", registerPatient, "Create your account");
  });

  test("register/psychiatrist", async ({ registerPsychiatrist }) => {
    await captureScreen("register-psychiatrist", registerPsychiatrist, "Join as a psychiatrist");
  });

  test("today", async ({ today }) => {
    await captureScreen("today", today, "Hello, Riley");
    expect(await today.psychiatristName()).toBe("Amara Okafor");
  });

  // Today after a check-in, on a patient of its own: the demo patient is left to check in.
  test("today, checked in", async ({ freshPatient, freshToday }) => {
    await freshPatient.addPastEntries(pastDays(20));
    await freshToday.goto();
    await freshToday.checkIn({ mood: "Good", note: "Walked to the shop and back, and called my sister.", minutes: 15 });
    await captureScreen("today-saved", freshToday, "Hello, Casey");
    await expect(freshToday.taskCard).toBeVisible();
    await expect(freshToday.messageCard).toBeVisible();
  });

  test("today, a hard day with crisis support", async ({ freshPatient, freshToday }) => {
    await freshPatient.addPastEntries(pastDays(5, ["Low", "Very low"]));
    await freshToday.goto();
    await freshToday.checkIn({ mood: "Very low", note: "Rough night, not much sleep." });
    await captureScreen("today-crisis", freshToday, "Hello, Casey");
    await expect(freshToday.callLinks).toHaveCount(3);
  });

  test("today, editing the check-in", async ({ freshToday }) => {
    await freshToday.goto();
    await freshToday.checkIn({ mood: "Okay", note: "A bit flat this morning.", minutes: 10 });
    await captureScreen("today-edit", freshToday, "Change today's check-in", () => freshToday.gotoEdit());
    await expect(freshToday.mood("Okay")).toBeChecked();
  });

  // The journal, progress and tasks of the demo patient, with sixty days behind them; only read.
  test("journal", async ({ patientPage }) => {
    const journal = new JournalPage(patientPage);
    await captureScreen("journal", journal, "Your journal");
    await expect(journal.entries).toHaveCount(20);
    await expect(journal.pagesNav).toBeVisible();
  });

  test("journal entry edit and delete", async ({ patientPage }) => {
    const journal = new JournalPage(patientPage);
    await journal.goto();
    const href = await journal.entries.nth(1).getByRole("link", { name: /^Edit / }).getAttribute("href");
    const entryId = Number(/\/journal\/(\d+)\/edit$/.exec(href ?? "")?.[1]);
    expect(entryId, `entry id from ${href}`).toBeGreaterThan(0);

    const edit = new JournalEditPage(patientPage);
    await captureScreen("journal-edit", edit, /^Edit \w+day \d+ \w+ \d{4}$/, () => edit.open(entryId));
    expect(await edit.chosenMood()).not.toBeNull();

    const remove = new JournalDeletePage(patientPage);
    await captureScreen("journal-delete", remove, DELETE_TITLE, () => remove.open(entryId));
    await expect(remove.confirmButton).toBeVisible();
  });

  test("progress", async ({ patientPage }) => {
    const progress = new ProgressPage(patientPage);
    await captureScreen("progress", progress, "Your progress");
    await expect(progress.moodChart).toBeVisible();
    await captureScreen("progress-table", progress, "Your progress", async () => {
      await progress.goto();
      await progress.openTable();
    });
    await captureScreen("progress-year", progress, "Your progress", () => progress.gotoRange("1 year"));
  });

  test("tasks", async ({ patientPage }) => {
    const tasks = new TasksPage(patientPage);
    await captureScreen("tasks", tasks, "Mindfulness tasks");
    expect(await tasks.allTasks.count()).toBeGreaterThanOrEqual(20);
  });

  test("caseload", async ({ caseload }) => {
    await captureScreen("caseload", caseload, "Your caseload");
    await expect(caseload.patient("Riley Jones")).toBeVisible();
  });

  // A psychiatrist of its own, so the demo psychiatrist's alerts and caseload stay as they were.
  test("alerts", async ({ browser }) => {
    const { psychiatrist, patient } = await createCaseload();
    const note = "Can't see the point of any of it any more.";
    const [entryId] = await addPastEntries(patient.userId, [{ daysAgo: 1, mood: "Uneasy", note }]);
    const entry = { id: entryId, date: daysAgo(1), mood: "Uneasy" as const, note };
    const raisedAt = new Date(Date.now() - 5 * 60 * 60 * 1000);
    await raiseAlert(patient.userId, entry, {
      rule: "concerning_words",
      severity: "critical",
      reason: "The note has words about hopelessness.",
      createdAt: raisedAt,
      escalatedAt: new Date(raisedAt.getTime() + 2 * 60 * 60 * 1000),
    });
    await raiseAlert(patient.userId, null, { rule: "silence", severity: "moderate", reason: "No check-in for 4 days." });
    await raiseAlert(patient.userId, entry, {
      rule: "low_run",
      severity: "high",
      reason: "Four days at Low or below.",
      status: "acknowledged",
      acknowledgedBy: psychiatrist.userId,
      acknowledgedAt: new Date(),
    });
    const page = await signedIn(browser, psychiatrist, "/caseload");
    const alerts = new AlertsPage(page);
    await captureScreen("alerts", alerts, "Alerts");
    await expect(alerts.cards).toHaveCount(3);
    await expect(alerts.alertsLink).toHaveAccessibleName("Alerts (3)");
    await page.context().close();
  });

  test("admin", async ({ admin }) => {
    await captureScreen("admin", admin, "Admin");
    await expect(admin.pendingPsychiatrist("pending.psychiatrist@example.com")).toContainText("Morgan Reid");
  });

  // Emails of its own, one failed and one unsent, cancelled afterwards so no later spec sees them waiting.
  test("outbox", async ({ admin }) => {
    const marker = uniqueToken();
    const failed = await failedEmail(marker);
    const unsent = await unsentEmail(marker);
    try {
      const outbox = new OutboxPage(admin.page);
      await captureScreen("outbox", outbox, "Email outbox");
      await expect(outbox.noMailServer).toBeVisible();
      // Left at the phone's width: the emails are cards there.
      await expect(outbox.card(failed.subject)).toContainText("Failed");
      await expect(outbox.card(failed.subject).getByRole("button", { name: /^Retry/ })).toBeVisible();
      const email = new OutboxEmailPage(admin.page);
      await captureScreen("outbox-email", email, failed.subject, () => email.open(failed.id));
      await expect(email.attempts).toHaveCount(2);
    } finally {
      await cancelLeftovers([failed.id, unsent.id]);
    }
  });

  test("awaiting-approval", async ({ awaitingApproval }) => {
    await captureScreen("awaiting-approval", awaitingApproval, "Thank you, Morgan");
    await expect(awaitingApproval.awaitingNotice).toBeVisible();
  });

  test("account", async ({ patientPage }) => {
    await captureScreen("account", new AccountPage(patientPage), "Your account");
    await captureScreen("account-password", new AccountPasswordPage(patientPage), "Change your password");
    await captureScreen("account-data", new AccountDataPage(patientPage), "Download your data");
    // Looked at, never submitted: the demo patient stays.
    await captureScreen("account-delete", new AccountDeletePage(patientPage), "Delete your account");
  });

  test("account (psychiatrist)", async ({ psychiatristPage }) => {
    await captureScreen("account-psychiatrist", new AccountPage(psychiatristPage), "Your account");
    await captureScreen("account-delete-psychiatrist", new AccountDeletePage(psychiatristPage), "Delete your account");
    // A new key is offered each time; nothing is stored until a code confirms it.
    await captureScreen("account-two-factor", new AccountTwoFactorPage(psychiatristPage), "Two-factor sign-in");
  });

  test("account-deleted", async ({ page }) => {
    await captureScreen("account-deleted", new AccountDeletedPage(page), "Your account has been deleted");
  });

  test("403", async ({ patientPage }) => {
    const status = new StatusPage(patientPage);
    await captureScreen("403", status, FORBIDDEN_TITLE, () => status.open("/admin"));
  });

  test("404", async ({ status }) => {
    await captureScreen("404", status, NOT_FOUND_TITLE, () => status.open("/no-such-page"));
  });
});
