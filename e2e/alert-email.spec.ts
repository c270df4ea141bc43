import { DEMO, DEMO_PASSWORD, expect, signedIn, test, uniqueToken } from "./fixtures";
import { waitForEmails } from "./mailbox";
import { AlertsPage } from "./pages/alerts-page";
import { TodayPage } from "./pages/today-page";
import { createPatientOf, psychiatristByEmail } from "./psychiatrist-data";

// The whole path of an alert, with nothing written into the database by hand: a patient checks
// in with a concerning message through the form; the web server's worker emails the psychiatrist
// through the real SMTP server this run started (e2e/mail-catcher.ts); the psychiatrist then
// acknowledges and resolves the alert on /alerts.

test("a concerning check-in reaches the psychiatrist's mailbox within seconds, once, and is acknowledged and resolved", async ({ browser }) => {
  test.setTimeout(90_000);
  const psychiatrist = await psychiatristByEmail(DEMO.psychiatrist.email);
  const patient = await createPatientOf(psychiatrist, `Noor${uniqueToken().replace(/\d/g, "").slice(0, 6)}`);
  // Unique to this run, so this test finds its own email among everything the catcher received.
  const marker = uniqueToken();
  const note = `Ref ${marker}. I can't see a way out and I want to kill myself.`;

  // --- The patient checks in: an Okay face, but words that must not be missed -----------------
  const patientPage = await signedIn(browser, patient, "/today");
  const today = new TodayPage(patientPage);
  await today.waitForHydration();
  const submittedAt = Date.now();
  await today.checkIn({ mood: "Okay", note });
  // Crisis help comes first, whatever face was chosen.
  await expect(today.crisisPanel).toBeVisible();

  // --- Within seconds, one email in the psychiatrist's mailbox -------------------------------
  const [email] = await waitForEmails((e) => e.text.includes(marker), { timeoutMs: 10_000 });
  expect(Date.parse(email.receivedAt) - submittedAt).toBeLessThan(10_000);
  expect(email.to).toEqual([DEMO.psychiatrist.email]);
  expect(email.subject).toBe(`URGENT: ${patient.name} may be at risk (concerning words in the note)`);
  expect(email.text).toContain(note);
  expect(email.text).toContain("+442079460123");
  expect(email.text).toContain(patient.email);
  expect(email.text).toContain(`/patients/${patient.userId}`);
  // Sent once: a moment later there is still exactly one.
  await patientPage.waitForTimeout(2_000);
  expect(await waitForEmails((e) => e.text.includes(marker))).toHaveLength(1);

  // --- The psychiatrist acknowledges, then resolves, in the app ---------------------------------
  const doctorPage = await signedIn(browser, { email: DEMO.psychiatrist.email, password: DEMO_PASSWORD }, "/caseload");
  const alerts = new AlertsPage(doctorPage);
  await alerts.goto();
  const card = alerts.card(patient.name, "Concerning words in the note");
  await expect(card.severity).toHaveText("Severity: Critical");
  await expect(card.root).toContainText(note);
  await card.acknowledge();
  await expect(card.status).toHaveText("Status: Acknowledged");
  await expect(card.step("Acknowledged")).toContainText(psychiatrist.name);
  await card.resolve("Phoned Noor at once: safe, with their sister tonight. Appointment tomorrow morning.");
  await alerts.gotoAll();
  await expect(card.status).toHaveText("Status: Resolved");
  await expect(card.resolution).toHaveText("Phoned Noor at once: safe, with their sister tonight. Appointment tomorrow morning.");
  await alerts.expectAccessible();

  await patientPage.context().close();
  await doctorPage.context().close();
});
