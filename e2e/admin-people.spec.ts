import { planSpread } from "../lib/admin/people/plan-spread";
import { APPROVED_PSYCHIATRISTS, DEMO, expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { AdminCaseloadsPage } from "./pages/admin-caseloads-page";
import { AdminPeoplePage } from "./pages/admin-people-page";
import { AdminPersonPage } from "./pages/admin-person-page";
import { StatusPage } from "./pages/status-page";
import { acceptingCandidates, demoPsychiatrists, nameOf, psychiatristIdOf, psychiatristsOf, psychiatristWithPatients } from "./people-data";
import { psychiatristByEmail } from "./psychiatrist-data";

// The demo admin at /admin/people: finding accounts, then changing fresh ones made for each test
// (a patient disabled and enabled, a patient moved, a psychiatrist disabled and removed). Demo
// accounts are only read. The last-admin refusal needs a single admin, so it is proved in the
// integration tests rather than by disabling the demo admin here.

test("an admin finds accounts by name or email, role and status, and opens one", async ({ adminPage, freshPatient }) => {
  test.setTimeout(90_000);
  const people = new AdminPeoplePage(adminPage);
  await people.goto();
  await expect(people.heading).toHaveText("People");
  await expect(people.summary).toHaveText(/^\d[\d,]* accounts, newest first\./);
  await people.expectAccessible();

  // By email: the fresh patient alone.
  await people.search({ text: freshPatient.email });
  await expect(people.rows).toHaveCount(1);
  const row = people.row(`${freshPatient.firstName} Morgan`);
  await expect(row.cell("email")).toHaveText(freshPatient.email);
  await expect(row.cell("role")).toHaveText("Patient");
  await expect(row.cell("status")).toHaveText("Active");
  await expect(people.searchBox).toHaveValue(freshPatient.email);

  // By role and status: the demo psychiatrist awaiting approval is among them, and only psychiatrists are.
  await people.search({ role: "Psychiatrist", status: "Awaiting approval" });
  await expect(people.summary).toHaveText(/ psychiatrists? awaiting approval, newest first\./);
  const pending = `${DEMO.pendingPsychiatrist.firstName} ${DEMO.pendingPsychiatrist.lastName}`;
  await expect(people.row(pending).cell("status")).toHaveText("Awaiting approval");
  await expect(people.rows.getByRole("cell").filter({ hasText: /^(Patient|Admin)$/ })).toHaveCount(0);
  await people.search({ text: "no such person at all", role: "Admin" });
  await expect(people.noneMatch).toHaveText("No admins matching “no such person at all”.");
  await people.expectAccessible();

  // A psychiatrist's page: their practice and caseload.
  await people.search({ text: DEMO.psychiatrist.email });
  await people.openPerson(`${DEMO.psychiatrist.firstName} ${DEMO.psychiatrist.lastName}`);
  const person = new AdminPersonPage(adminPage);
  await expect(person.heading).toHaveText(`${DEMO.psychiatrist.firstName} ${DEMO.psychiatrist.lastName}`);
  await expect(person.roleAndStatus).toContainText("Psychiatrist");
  await expect(person.detail("BACP number")).toHaveText("100101");
  await expect(person.detail("New patients")).toHaveText("Accepting");
  await expect(person.detail("Patients")).toHaveText(/^\d+ patients?$/);
  await expect(person.changeLink("Disable account")).toBeVisible();
  await expect(person.changeLink("Remove account")).toBeVisible();
  await person.expectAccessible();

  // The caseload overview: every demo psychiatrist, accepting.
  await people.goto();
  await people.caseloadsLink.click();
  await adminPage.waitForURL((url) => url.pathname === "/admin/people/caseloads");
  const caseloads = new AdminCaseloadsPage(adminPage);
  await caseloads.waitForHydration();
  await expect(caseloads.heading).toHaveText("Caseloads");
  for (const name of APPROVED_PSYCHIATRISTS) await expect(caseloads.cell(name, "newPatients")).toHaveText("Accepting");
  await expect(caseloads.row(pending)).toHaveCount(0);
  await caseloads.expectAccessible();
});

test("disabling a patient signs out their open session at its next request; enabling lets them back in", async ({ adminPage, freshPatient, freshPatientPage }) => {
  test.setTimeout(60_000);
  const person = new AdminPersonPage(adminPage);
  await person.open(freshPatient.userId);
  await expect(person.detail("Psychiatrist")).toHaveText(await nameOf(await psychiatristIdOf(freshPatient.userId)));
  await expect(person.detail("Check-ins")).toHaveText("0");
  await expect(person.detail("Last check-in")).toHaveText("Never");
  await expect(person.changeLink("Remove account")).toHaveCount(0);

  await person.ask("Disable account");
  await expect(person.confirmation).toHaveAccessibleName(`Disable ${freshPatient.firstName} Morgan’s account?`);
  await expect(person.consequences.first()).toHaveText("They are signed out at once and cannot sign in until an admin enables the account again.");
  await person.expectAccessible();
  // Cancelling changes nothing.
  await person.cancelLink.click();
  await adminPage.waitForURL((url) => url.pathname === `/admin/people/${freshPatient.userId}` && !url.search);
  await expect(person.roleAndStatus).toContainText("Active");

  await person.ask("Disable account");
  await person.confirm("Disable account");
  await expect(person.notice).toHaveText("The account is disabled: they are signed out at their next request and cannot sign in.");
  await expect(person.roleAndStatus).toContainText("Disabled");
  await expect(person.changeLink("Enable account")).toBeVisible();

  // The patient's next request finds the session ended.
  await freshPatientPage.reload();
  await freshPatientPage.waitForURL((url) => url.pathname === "/login");
  const login = new LoginPage(freshPatientPage);
  await login.signIn(freshPatient.email, freshPatient.password);
  await expect(freshPatientPage).toHaveURL(/\/login/);

  await person.ask("Enable account");
  await expect(person.consequences).toHaveText(["They can sign in again with their password."]);
  await person.confirm("Enable account");
  await expect(person.notice).toHaveText("The account is enabled again: they can sign in.");
  await expect(person.roleAndStatus).toContainText("Active");
  await login.goto();
  await login.signIn(freshPatient.email, freshPatient.password);
  await freshPatientPage.waitForURL((url) => url.pathname === "/today");
});

test("an admin moves a patient to another psychiatrist and back, choosing from their caseloads", async ({ adminPage, freshPatient }) => {
  test.setTimeout(60_000);
  const first = await psychiatristIdOf(freshPatient.userId);
  const firstName = await nameOf(first);
  const otherName = APPROVED_PSYCHIATRISTS.find((name) => name !== firstName)!;
  const person = new AdminPersonPage(adminPage);
  await person.open(freshPatient.userId);

  // Their own psychiatrist is not offered; the others are, with their caseloads.
  await expect(person.moveOption(firstName)).toHaveCount(0);
  await expect(person.moveOption(otherName)).toHaveText(new RegExp(`^${otherName} \\(\\d+ patients?\\)$`));
  // Nothing chosen: said next to the field, nothing sent.
  await person.moveButton.click();
  await expect(person.moveError).toHaveText("Choose the psychiatrist to move them to.");
  await expect(person.moveSelect).toHaveAttribute("aria-invalid", "true");
  await person.expectAccessible();

  await person.moveTo(otherName);
  await expect(person.notice).toHaveText("The patient has moved to their new psychiatrist.");
  await expect(person.detail("Psychiatrist")).toHaveText(otherName);
  expect(await nameOf(await psychiatristIdOf(freshPatient.userId))).toBe(otherName);

  await person.moveTo(firstName);
  await expect(person.detail("Psychiatrist")).toHaveText(firstName);
  expect(await psychiatristIdOf(freshPatient.userId)).toBe(first);
});

test("disabling a psychiatrist spreads their patients over the others by the rule; removing them then leaves nothing behind", async ({ adminPage }) => {
  test.setTimeout(90_000);
  const leaving = await psychiatristWithPatients("Leaving", 3);
  const patientIds = leaving.patients.map((p) => p.userId);
  // Where the assignment rule will send each patient, from the caseloads as they are now.
  const expected = planSpread(patientIds, await acceptingCandidates())!;
  const caseloads = new AdminCaseloadsPage(adminPage);
  await caseloads.goto();
  const before = await caseloads.caseloads();
  await expect(caseloads.cell(leaving.name, "patients")).toHaveText("3");
  await expect(caseloads.cell(leaving.name, "newPatients")).toHaveText("Not accepting");

  const person = new AdminPersonPage(adminPage);
  await person.open(leaving.userId);
  await expect(person.detail("Patients")).toHaveText("3 patients");
  await person.ask("Disable account");
  await expect(person.consequences.nth(1)).toHaveText(
    /^Their 3 patients move now to the \d+ other psychiatrists accepting new patients, each to whoever has the fewest, so caseloads stay within one of each other\.$/,
  );
  await expect(person.warning).toHaveCount(0);
  await person.expectAccessible();
  await person.confirm("Disable account");
  await expect(person.notice).toHaveText(
    "The account is disabled: they are signed out at their next request and cannot sign in. Their 3 patients moved to other psychiatrists by the assignment rule.",
  );
  await expect(person.detail("Patients")).toHaveText("0 patients");

  // Each patient went where the rule said, and the overview shows the new caseloads.
  const now = await psychiatristsOf(patientIds);
  expect(expected.map((m) => now.get(m.patientId))).toEqual(expected.map((m) => m.psychiatristId));
  await caseloads.goto();
  await expect(caseloads.row(leaving.name)).toHaveCount(0);
  const after = await caseloads.caseloads();
  const ids = await demoPsychiatrists([...after.keys()]);
  for (const [name, count] of after) {
    const received = expected.filter((m) => m.psychiatristId === ids.get(name)).length;
    expect(count, name).toBe((before.get(name) ?? 0) + received);
  }

  // Removed: the confirmation says there is nobody left to move, and the account is gone.
  await person.open(leaving.userId);
  await person.ask("Remove account");
  await expect(person.confirmation).toHaveAccessibleName(`Remove ${leaving.name}’s account?`);
  await expect(person.consequences).toContainText(["The account is deleted for good: this cannot be undone.", "They have no patients to move."]);
  await person.expectAccessible();
  await person.confirm("Remove account");
  await adminPage.waitForURL((url) => url.pathname === "/admin/people");
  const people = new AdminPeoplePage(adminPage);
  await expect(people.notice).toHaveText("The account was removed.");
  await people.search({ text: leaving.email });
  await expect(people.noneMatch).toHaveText(`No accounts matching “${leaving.email}”.`);
  // Their patients stay with the psychiatrists they were given.
  expect([...(await psychiatristsOf(patientIds)).values()]).toEqual(expected.map((m) => m.psychiatristId));
});

test("the people screens are for admins only, and an unknown account is not found", async ({ adminPage, patientPage, psychiatristPage }) => {
  test.setTimeout(60_000);
  const demoPsychiatrist = await psychiatristByEmail(DEMO.psychiatrist.email);
  for (const page of [patientPage, psychiatristPage]) {
    const status = new StatusPage(page);
    for (const path of ["/admin/people", "/admin/people?role=patient", `/admin/people/${demoPsychiatrist.userId}`, "/admin/people/caseloads"]) {
      expect((await status.open(path))?.status(), path).toBe(403);
    }
  }
  const person = new AdminPersonPage(adminPage);
  expect((await person.open(987_654_321))?.status()).toBe(404);
  expect((await new StatusPage(adminPage).open("/admin/people/not-a-number"))?.status()).toBe(404);
});
