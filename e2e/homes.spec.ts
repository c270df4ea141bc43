import { DEMO, expect, test } from "./fixtures";
import { accountsWith } from "./people-data";

// What each role sees on its home screen, from the seeded data. Patients are spread over the
// three approved psychiatrists in turn, so Amara Okafor has Riley Jones and Priya Shah has Sam Taylor.

test("the landing page explains MiWell and offers the ways in", async ({ page, landing }) => {
  await landing.goto();
  await expect(landing.heading).toHaveText("How are you today?");
  // Every face comes with its word, for people who read faces poorly.
  await expect(landing.moods).toHaveText(["Great", "Good", "Okay", "Uneasy", "Low", "Very low", "Distressed"].map((w) => new RegExp(`${w}$`)));
  await landing.expectAccessible();
  await landing.createAccountLink.click();
  await expect(page).toHaveURL(/\/register$/);
  await landing.goto();
  await landing.signInLink.click();
  await expect(page).toHaveURL(/\/login$/);
});

test("a signed-in visitor to the landing page is taken to their home", async ({ patientPage }) => {
  await patientPage.goto("/");
  await expect(patientPage).toHaveURL(/\/today$/);
});

test("a patient's today page names their psychiatrist", async ({ today }) => {
  await today.goto();
  await expect(today.heading).toHaveText(`Hello, ${DEMO.patient.firstName}`);
  expect(await today.psychiatristName()).toBe("Amara Okafor");
  await expect(today.checkInQuestion).toBeVisible();
  await expect(today.mainNavigation.getByRole("link", { name: "Today" })).toBeVisible();
  await today.expectAccessible();
});

test("a psychiatrist's caseload lists their own patients and nobody else's", async ({ caseload }) => {
  await caseload.goto();
  await expect(caseload.heading).toHaveText("Your caseload");
  await expect(caseload.patient("Riley Jones")).toHaveCount(1);
  await expect(caseload.mainNavigation.getByRole("link", { name: "Caseload" })).toBeVisible();
  await caseload.expectAccessible();
  // Searched for, so that the patients other specs register cannot page them out of view.
  await caseload.search("Aisha Khan");
  expect(await caseload.patientNames()).toEqual(["Aisha Khan"]);
  // Sam Taylor and Jordan Lee belong to Priya Shah and Tom Evans.
  for (const name of ["Sam Taylor", "Jordan Lee"]) {
    await caseload.search(name);
    await expect(caseload.noMatch).toBeVisible();
  }
});

test("the admin page counts accounts and lists psychiatrists awaiting approval", async ({ admin }) => {
  await admin.goto();
  await expect(admin.heading).toHaveText("Admin");
  await expect(admin.accountsHeading).toBeVisible();
  // Other specs add accounts to the shared database: the counts are those it holds now.
  for (const role of ["admin", "psychiatrist", "patient"] as const) expect(await admin.accountCount(role, "active")).toBe(await accountsWith(role, "active"));
  expect(await admin.accountCount("patient", "active")).toBeGreaterThanOrEqual(13);
  await expect(admin.awaitingApprovalHeading).toBeVisible();
  await expect(admin.pendingPsychiatrist(DEMO.pendingPsychiatrist.email)).toContainText("Morgan Reid");
  await expect(admin.pendingPsychiatrist(DEMO.pendingPsychiatrist.email)).toContainText("BACP 100104");
  await admin.expectAccessible();
});

test("a pending psychiatrist sees the awaiting-approval page and no caseload", async ({ pendingPsychiatristPage, awaitingApproval }) => {
  await awaitingApproval.goto();
  await expect(awaitingApproval.heading).toHaveText(`Thank you, ${DEMO.pendingPsychiatrist.firstName}`);
  await expect(awaitingApproval.awaitingNotice).toBeVisible();
  await expect(awaitingApproval.signedInAs).toHaveText("Signed in as Morgan");
  await expect(awaitingApproval.mainNavigation).toHaveCount(0);
  await awaitingApproval.expectAccessible();
  await pendingPsychiatristPage.goto("/caseload");
  await expect(pendingPsychiatristPage).toHaveURL(/\/awaiting-approval$/);
});
