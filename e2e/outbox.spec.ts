import { expect, test, uniqueToken } from "./fixtures";
import { waitForEmails } from "./mailbox";
import { cancelLeftovers, emailStatus, failedEmail, unsentEmail } from "./outbox-data";
import { OutboxEmailPage } from "./pages/outbox-email-page";
import { OutboxPage } from "./pages/outbox-page";
import { StatusPage } from "./pages/status-page";

// An email the worker gave up on, written into the database as it leaves one: the demo admin
// finds it from the overview, retries it, and the web server's worker then delivers it to this
// run's mail catcher (e2e/mail-catcher.ts). Its own page shows every attempt and its text.

test("an admin finds a failed email, retries it, and it is delivered", async ({ admin }) => {
  test.setTimeout(90_000);
  const marker = uniqueToken();
  const email = await failedEmail(marker);
  const unsent = await unsentEmail(marker);
  try {
    // --- From the overview to the failed emails ---------------------------------------------
    await admin.goto();
    await expect(admin.outboxLink).toHaveAccessibleName(/^Email outbox \([\d,]+\+? failed or unsent\)$/);
    await admin.outboxLink.click();
    await admin.page.waitForURL((url) => url.pathname === "/admin/outbox");
    const outbox = new OutboxPage(admin.page);
    await outbox.waitForHydration();
    await expect(outbox.heading).toHaveText("Email outbox");
    // An unsent email is waiting, so the page says why such mail was kept.
    await expect(outbox.noMailServer).toBeVisible();

    await outbox.filter("Failed");
    await expect(outbox.filterLink("Failed")).toHaveAttribute("aria-current", "page");
    const row = outbox.row(email.subject);
    await expect(row.cell("status")).toHaveText("Failed");
    await expect(row.cell("kind")).toHaveText("reminder");
    await expect(row.cell("to")).toHaveText(email.to);
    await expect(row.cell("attempts")).toHaveText("10");
    await expect(row.cell("lastError")).toHaveText(email.lastError);
    await expect(outbox.row(unsent.subject).root).toHaveCount(0);
    await outbox.expectAccessible();

    // --- Retried: it leaves the failed list, and the worker sends it -----------------------
    await outbox.retry(email.subject);
    await expect(outbox.notice).toHaveText("The email is queued to be sent again now.");
    await expect(outbox.filterLink("Failed")).toHaveAttribute("aria-current", "page");
    await expect(row.root).toHaveCount(0);
    const [caught] = await waitForEmails((e) => e.subject === email.subject, { timeoutMs: 15_000 });
    expect(caught.to).toEqual([email.to]);
    expect(caught.text).toContain(marker);
    await expect.poll(() => emailStatus(email.id), { timeout: 10_000 }).toBe("sent");

    // --- Its own page: sent, after the earlier errors --------------------------------------
    const detail = new OutboxEmailPage(admin.page);
    await detail.open(email.id);
    await expect(detail.heading).toHaveText(email.subject);
    await expect(detail.detail("Status")).toHaveText("Sent");
    await expect(detail.detail("To")).toHaveText(email.to);
    await expect(detail.detail("Attempts")).toHaveText("1");
    await expect(detail.retryButton).toHaveCount(0);
    await expect(detail.attempts).toHaveCount(3);
    await expect(detail.attempts.first()).toContainText("Sent");
    await expect(detail.attempts.nth(1)).toContainText(email.lastError);
    await expect(detail.attempts.nth(2)).toContainText("Greeting never received");
    await expect(detail.text).toHaveText(email.text);
    await detail.expectAccessible();

    // --- An unsent email, opened from its row: its page says why, and offers the retry ------
    await detail.outboxLink.click();
    await admin.page.waitForURL((url) => url.pathname === "/admin/outbox");
    await outbox.filter("Unsent");
    await expect(outbox.row(unsent.subject).retryButton).toBeVisible();
    await outbox.openEmail(unsent.subject);
    await expect(detail.heading).toHaveText(unsent.subject);
    await expect(detail.detail("Status")).toHaveText("Unsent");
    await expect(detail.noMailServer).toBeVisible();
    await expect(detail.retryButton).toBeVisible();
    await expect(detail.attempts).toHaveCount(1);
    await expect(detail.attempts.first()).toContainText("No mail server");
    await expect(detail.text).toHaveText(unsent.text);
    await detail.expectAccessible();
  } finally {
    await cancelLeftovers([email.id, unsent.id]);
  }
});

test("the outbox is for admins only", async ({ patientPage, psychiatristPage }) => {
  const email = await failedEmail(uniqueToken());
  try {
    for (const page of [patientPage, psychiatristPage]) {
      const status = new StatusPage(page);
      for (const path of ["/admin/outbox", "/admin/outbox?status=failed", `/admin/outbox/${email.id}`]) {
        expect((await status.open(path))?.status(), path).toBe(403);
      }
    }
  } finally {
    await cancelLeftovers([email.id]);
  }
});

test("an email that does not exist is not found", async ({ adminPage }) => {
  const response = await new OutboxEmailPage(adminPage).open(987_654_321);
  expect(response?.status()).toBe(404);
});
