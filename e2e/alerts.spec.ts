import { raiseAlert, resolveLeftovers, unresolvedAlertCount } from "./alerts-data";
import { DEMO, DEMO_PASSWORD, expect, signedIn, test, uniqueToken } from "./fixtures";
import { dayName } from "./moods";
import { AlertsPage } from "./pages/alerts-page";
import { CaseloadPage } from "./pages/caseload-page";
import { PatientPage } from "./pages/patient-page";
import { createPatientOf, psychiatristByEmail } from "./psychiatrist-data";
import { addPastEntries, daysAgo } from "./test-data";

// Alerts about a patient of the demo psychiatrist's, written into the database as the risk rules
// would leave them: the psychiatrist sees the count in the navigation and "Requires assistance"
// on the caseload, acknowledges and resolves one on /alerts and the other on the patient's page,
// and the count falls each time.

const WORDS = "Concerning words in the note";
const RUN = "A run of low days";

test("a psychiatrist acknowledges and resolves a patient's alerts, and the counts follow", async ({ browser }) => {
  // Three screens, several steps each, and three accessibility scans.
  test.setTimeout(120_000);
  const psychiatrist = await psychiatristByEmail(DEMO.psychiatrist.email);
  const patient = await createPatientOf(psychiatrist, `Ava${uniqueToken().replace(/\d/g, "").slice(0, 6)}`);
  const note = "Everyone would be <b>better off</b> without me.";
  const [entryId] = await addPastEntries(patient.userId, [{ daysAgo: 1, mood: "Okay", note }]);
  const entry = { id: entryId, date: daysAgo(1), mood: "Okay" as const, note };
  const raisedAt = new Date(Date.now() - 3 * 60 * 60 * 1000);
  const critical = await raiseAlert(patient.userId, entry, {
    rule: "concerning_words",
    severity: "critical",
    reason: "The note uses words about not wanting to be here.",
    createdAt: raisedAt,
    escalatedAt: new Date(raisedAt.getTime() + 60 * 60 * 1000),
  });
  const moderate = await raiseAlert(patient.userId, entry, { rule: "low_run", severity: "moderate", reason: "Three low days in a row." });
  // Other specs may have left alerts of their own for this psychiatrist: count from what is there.
  const total = await unresolvedAlertCount(psychiatrist.userId);
  try {
    // --- The caseload: the count in the navigation and "Requires assistance" ---------------------
    const page = await signedIn(browser, { email: DEMO.psychiatrist.email, password: DEMO_PASSWORD }, "/caseload");
    const caseload = new CaseloadPage(page);
    const alerts = new AlertsPage(page);
    await caseload.goto();
    await expect(alerts.alertsLink).toHaveAccessibleName(`Alerts (${total})`);
    await caseload.search(patient.name);
    await expect(caseload.requiresAssistance(patient.name)).toBeVisible();
    await expect(caseload.needsAttention(patient.name)).toHaveCount(0);
    await expect(caseload.unresolvedAlerts(patient.name)).toHaveText("2");

    // --- /alerts: the critical alert, as text, with its escalation -------------------------------
    await alerts.alertsLink.click();
    await page.waitForURL((url) => url.pathname === "/alerts");
    await alerts.waitForHydration();
    await expect(alerts.heading).toHaveText("Alerts");
    await expect(alerts.summary).toHaveText(`${total} unresolved alert${total === 1 ? "" : "s"}: open ones first, the most severe and then the oldest first.`);
    const words = alerts.card(patient.name, WORDS);
    await expect(words.severity).toHaveText("Severity: Critical");
    await expect(words.status).toHaveText("Status: Open");
    await expect(words.root).toContainText("The note uses words about not wanting to be here.");
    await expect(words.root).toContainText(`Check-in of ${dayName(entry.date)}`);
    await expect(words.root).toContainText("Okay");
    // The patient's words are shown as they wrote them, markup and all.
    await expect(words.root.getByText(note, { exact: true })).toBeVisible();
    await expect(words.escalation).toBeVisible();
    await expect(words.step("Acknowledged")).toHaveText("Not yet");
    await expect(words.root.getByRole("link", { name: patient.name })).toHaveAttribute("href", `/patients/${patient.userId}`);
    // The critical alert comes before the moderate one.
    expect(await alerts.comesBefore(words.root, alerts.card(patient.name, RUN).root)).toBe(true);
    await alerts.expectAccessible();

    await words.acknowledge();
    await expect(alerts.notice).toHaveText("Alert acknowledged. Resolve it with a note once it is dealt with.");
    await expect(words.status).toHaveText("Status: Acknowledged");
    await expect(words.step("Acknowledged")).toContainText(`by ${psychiatrist.name}`);
    await expect(words.acknowledgeButton).toHaveCount(0);
    await expect(alerts.alertsLink).toHaveAccessibleName(`Alerts (${total})`);

    // An empty note is answered next to its box, and nothing changes.
    await words.submitResolution("   ");
    await expect(words.resolutionError).toBeVisible();
    await expect(words.resolutionBox).toBeFocused();
    await expect(words.status).toHaveText("Status: Acknowledged");
    await alerts.expectAccessible();

    await words.resolve("Called Ava straight away: she is safe at home with her sister, and we meet tomorrow at 10.");
    await expect(alerts.notice).toHaveText("Alert resolved. Your note is kept with it.");
    await expect(words.root).toHaveCount(0);
    await expect(alerts.alertsLink).toHaveAccessibleName(`Alerts (${total - 1})`);

    // --- The patient's page: the other alert, resolved there -------------------------------------
    const record = new PatientPage(page);
    await record.open(patient.userId);
    const run = record.assistanceCard(RUN);
    await expect(record.assistance).toBeVisible();
    expect(await record.comesBefore(record.assistance, record.contact)).toBe(true);
    await expect(run.severity).toHaveText("Severity: Moderate");
    await expect(record.assistanceCard(WORDS).root).toHaveCount(0);
    await record.expectAccessible();
    // Resolving an open alert acknowledges it too.
    await run.resolve("Spoke on the phone; agreed a plan for the week.");
    await expect(record.alertNotice).toHaveText("Alert resolved. Your note is kept with it.");
    await expect(record.assistance).toHaveCount(0);
    await expect(alerts.alertsLink).toHaveAccessibleName(`Alerts (${total - 2})`);

    // --- Both resolved: the caseload badge is gone, and the history keeps who did what -----------
    await caseload.goto();
    await caseload.search(patient.name);
    await expect(caseload.requiresAssistance(patient.name)).toHaveCount(0);
    await expect(caseload.unresolvedAlerts(patient.name)).toHaveText("0");

    await alerts.gotoAll();
    const resolvedRun = alerts.card(patient.name, RUN);
    await expect(resolvedRun.status).toHaveText("Status: Resolved");
    await expect(resolvedRun.step("Acknowledged")).toContainText(`by ${psychiatrist.name}`);
    await expect(resolvedRun.step("Resolved")).toContainText(`by ${psychiatrist.name}`);
    await expect(resolvedRun.resolution).toHaveText("Spoke on the phone; agreed a plan for the week.");
    await expect(resolvedRun.resolveButton).toHaveCount(0);
    // The most recently resolved first.
    expect(await alerts.comesBefore(resolvedRun.root, alerts.card(patient.name, WORDS).root)).toBe(true);

    await page.context().close();
  } finally {
    await resolveLeftovers(psychiatrist.userId, [critical, moderate]);
  }
});

test("another psychiatrist does not see the alert, nor may open the patient", async ({ browser }) => {
  const psychiatrist = await psychiatristByEmail(DEMO.psychiatrist.email);
  const patient = await createPatientOf(psychiatrist, `Ben${uniqueToken().replace(/\d/g, "").slice(0, 6)}`);
  const alert = await raiseAlert(patient.userId, null, { rule: "silence", severity: "moderate", reason: "No check-in for 4 days." });
  try {
    const page = await signedIn(browser, { email: "priya.shah@example.com", password: DEMO_PASSWORD }, "/caseload");
    const alerts = new AlertsPage(page);
    await alerts.gotoAll();
    await expect(alerts.card(patient.name, "Silence").root).toHaveCount(0);
    const response = await new PatientPage(page).open(patient.userId);
    expect(response?.status()).toBe(403);
    await page.context().close();
  } finally {
    await resolveLeftovers(psychiatrist.userId, [alert]);
  }
});

test("a patient cannot open the alerts", async ({ today }) => {
  const response = await new AlertsPage(today.page).goto();
  expect(response?.status()).toBe(403);
});
