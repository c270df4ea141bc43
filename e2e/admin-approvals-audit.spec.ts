import { accountStatus, createApplication, removeLeftoverApplications } from "./approvals-data";
import { APPROVED_PSYCHIATRISTS, DEMO, expect, test, uniqueToken } from "./fixtures";
import { waitForEmails } from "./mailbox";
import { AdminApprovalsPage, REJECTION_REASON_ERROR } from "./pages/admin-approvals-page";
import { AdminAuditPage } from "./pages/admin-audit-page";
import { StatusPage } from "./pages/status-page";
import { accountsWith } from "./people-data";

// Applications of the test's own, written into the database as registration leaves them: the
// demo admin approves one and rejects the other from the approvals screen, the rejected applicant
// is emailed the reason (caught by this run's mail catcher), and both decisions are found in the
// audit trail. The seeded pending.psychiatrist@example.com is left waiting for other specs.

test("an admin approves one application and rejects another with a reason the applicant is emailed", async ({ admin }) => {
  test.setTimeout(90_000);
  const token = uniqueToken();
  const approved = await createApplication("Nia", `Approve ${token}`);
  const rejected = await createApplication("Rory", `Reject ${token}`);
  try {
    // --- From the overview to the applications ----------------------------------------------
    await admin.goto();
    await expect(admin.approvalsLink).toBeVisible();
    await admin.approvalsLink.click();
    await admin.page.waitForURL((url) => url.pathname === "/admin/approvals");
    const approvals = new AdminApprovalsPage(admin.page);
    await approvals.waitForHydration();
    await expect(approvals.heading).toHaveText("Approvals");
    await expect(approvals.summary).toBeVisible();

    const card = approvals.application(approved.name);
    await expect(card.detail("Email")).toHaveText(approved.email);
    await expect(card.detail("Phone")).toHaveText("+44 20 7946 0456");
    await expect(card.detail("BACP membership number")).toHaveText(approved.registrationNumber);
    await expect(card.detail("Applied")).toHaveText(/\d{4}, \d{2}:\d{2}$/);
    await expect(card.bio).toHaveText(approved.bio);
    // The seeded applicant waits too, and stays waiting.
    await expect(approvals.application(`${DEMO.pendingPsychiatrist.firstName} ${DEMO.pendingPsychiatrist.lastName}`).root).toBeVisible();
    await approvals.expectAccessible();

    // --- Approved: the card goes, the account is active --------------------------------------
    await card.approve();
    await expect(approvals.notice).toHaveText("Approved. They can sign in now, and new patients are assigned to them.");
    await expect(card.root).toHaveCount(0);
    expect(await accountStatus(approved.userId)).toBe("active");

    // --- Rejected: a reason is required; then the applicant hears why ------------------------
    const other = approvals.application(rejected.name);
    await approvals.waitForHydration();
    await other.submitRejection("No.");
    await expect(other.reasonError).toHaveText(REJECTION_REASON_ERROR);
    await expect(other.reasonBox).toBeFocused();
    await expect(other.reasonBox).toHaveValue("No.");
    await approvals.expectAccessible();
    expect(await accountStatus(rejected.userId)).toBe("pending");

    const reason = `We could not find BACP membership ${rejected.registrationNumber} under your name (${token}).`;
    await other.reject(reason);
    await expect(approvals.notice).toHaveText("Application rejected. The applicant is emailed your reason, and their account is removed.");
    await expect(other.root).toHaveCount(0);
    expect(await accountStatus(rejected.userId)).toBeUndefined();

    const [email] = await waitForEmails((e) => e.to.includes(rejected.email), { timeoutMs: 20_000 });
    expect(email.subject).toBe("Your application to join MiWell");
    expect(email.text).toContain("Hello Rory,");
    expect(email.text).toContain(reason);
    expect(email.text).toMatch(/Apply again: http\S+\/register\/psychiatrist/);

    // --- Both decisions are in the audit trail -----------------------------------------------
    const audit = new AdminAuditPage(admin.page);
    await audit.goto();
    await expect(audit.heading).toHaveText("Audit trail");
    await audit.filter({ action: "psychiatrist.reject" });
    await expect(audit.actionSelect).toHaveValue("psychiatrist.reject");
    const row = audit.row("psychiatrist.reject");
    await expect(row.cell("target")).toHaveText(`user #${rejected.userId}`);
    await expect(row.cell("who")).toContainText("Alex Morgan");
    await expect(row.cell("who")).toContainText("admin");
    await expect(row.cell("outcome")).toHaveText("Allowed");
    await audit.expectAccessible();

    await audit.filter({ actor: DEMO.admin.email, action: "psychiatrist.approve" });
    // The account still exists, so the target is named.
    await expect(audit.row("psychiatrist.approve").cell("target")).toHaveText(`user #${approved.userId}${approved.name}`);
    expect(await audit.rows.count()).toBeGreaterThanOrEqual(1);
    await expect(audit.rowsOf("psychiatrist.reject")).toHaveCount(0);
  } finally {
    await removeLeftoverApplications([approved.userId, rejected.userId]);
  }
});

test("the audit trail says what is wrong with a filter next to its field", async ({ adminPage }) => {
  const audit = new AdminAuditPage(adminPage);
  await audit.goto();
  await audit.filter({ actor: "nobody.at.all@example.com", from: "2026-06-02", to: "2026-06-01" });
  await expect(audit.fieldError("Who acted")).toHaveText("No account has this email. A deleted account can still be found by its number.");
  await expect(audit.fieldError("To")).toHaveText("The end date must be on or after the start date");
  await expect(audit.actorBox).toHaveValue("nobody.at.all@example.com");
  await expect(audit.main.getByText("Correct the filter above to see the trail.")).toBeVisible();
  await audit.expectAccessible();

  // Viewing the trail is itself in the trail.
  await audit.main.getByRole("link", { name: "Clear the filter" }).click();
  await audit.filter({ action: "audit.view", outcome: "Allowed" });
  await expect(audit.row("audit.view").cell("who")).toContainText("Alex Morgan");
});

test("the overview shows the service's health at a glance", async ({ admin }) => {
  for (const width of [1280, 360]) {
    await admin.page.setViewportSize({ width, height: 800 });
    await admin.goto();
    await expect(admin.heading).toHaveText("Admin");
    await expect(admin.healthHeading).toBeVisible();
    await expect(admin.figure("Check-ins in the last 24 hours")).toHaveText(/^\d+$/);
    await expect(admin.figure("Unresolved alerts")).toHaveText(/^\d+$/);
    await expect(admin.figure("Escalated, not acknowledged")).toHaveText(/^\d+$/);
    // The demo's alerts were acknowledged an hour after they were raised; other specs add quicker ones.
    await expect(admin.figure("Median time to acknowledge")).toHaveText(/^(under a minute|\d+ min|\d+ h( \d+ min)?|\d+ d( \d+ h)?)$/);
    await expect(admin.figureNote("Median time to acknowledge")).toHaveText(/^Alerts raised in the last 30 days: \d+ acknowledged alerts?, \d+ still waiting\.$/);
    for (const name of APPROVED_PSYCHIATRISTS) await expect(admin.backlogRow(name)).toHaveCount(1);
    await expect(admin.pendingPsychiatrist(DEMO.pendingPsychiatrist.email)).toContainText("Morgan Reid");
    await expect(admin.approvalsLink).toHaveAttribute("href", "/admin/approvals");
    await expect(admin.outboxLink).toHaveAccessibleName(/^Email outbox \([\d,]+\+? failed or unsent\)$/);
    expect(await admin.accountCount("admin", "active")).toBe(await accountsWith("admin", "active"));
    expect(await admin.scrollWidth(), `page width at ${width}px`).toBeLessThanOrEqual(width);
    await admin.expectAccessible();
  }
});

test("approvals and the audit trail fit a phone", async ({ adminPage }) => {
  await adminPage.setViewportSize({ width: 360, height: 740 });
  const approvals = new AdminApprovalsPage(adminPage);
  await approvals.goto();
  await expect(approvals.application(`${DEMO.pendingPsychiatrist.firstName} ${DEMO.pendingPsychiatrist.lastName}`).approveButton).toBeVisible();
  expect(await approvals.scrollWidth()).toBeLessThanOrEqual(360);
  await approvals.expectAccessible();

  const audit = new AdminAuditPage(adminPage);
  await audit.goto();
  // On a phone each row is a card rather than a table that scrolls sideways.
  await expect(audit.cards.first()).toContainText("audit.view");
  await expect(audit.table).toBeHidden();
  expect(await audit.scrollWidth()).toBeLessThanOrEqual(360);
  await audit.expectAccessible();
});

test("approvals and the audit trail are for admins only", async ({ patientPage, psychiatristPage }) => {
  for (const page of [patientPage, psychiatristPage]) {
    const status = new StatusPage(page);
    for (const path of ["/admin/approvals", "/admin/audit", "/admin/audit?action=psychiatrist.reject"]) {
      expect((await status.open(path))?.status(), path).toBe(403);
    }
  }
});
