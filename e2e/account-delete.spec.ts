import { INVALID_CREDENTIALS, WRONG_CURRENT_PASSWORD } from "../lib/auth/sign-in-messages";
import { TEST_PASSWORD } from "../lib/testing/accounts";
import { freshAdmin } from "./account-accounts";
import { accountExists, deletionAudits, patientRowExists } from "./account-delete-data";
import { expect, signedIn, test } from "./fixtures";
import { AccountDeletePage } from "./pages/account-delete-page";
import { AccountDeletedPage } from "./pages/account-deleted-page";
import { LoginPage } from "./pages/login-page";
import { acceptingCandidates, psychiatristsOf, psychiatristWithPatients } from "./people-data";
import { entryExists } from "./test-data";

// Deleting one's own account at /account/delete, for a fresh account of each role made for the
// test alone: what the page says for the role, a wrong password refused next to its field, then
// the deletion, the signed-out confirmation page, and a sign-in that no longer works.

/** Tries to sign in again with the deleted account's details: refused as an unknown account. */
async function expectSignInRefused(page: AccountDeletedPage, email: string, password: string): Promise<void> {
  const login = new LoginPage(page.page);
  await login.goto();
  await login.signIn(email, password);
  await expect(login.alert(INVALID_CREDENTIALS)).toBeVisible();
  await expect(page.page).toHaveURL(/\/login/);
}

async function expectConfirmation(deleted: AccountDeletedPage): Promise<void> {
  await expect(deleted.heading).toHaveText("Your account has been deleted");
  await expect(deleted.main).toContainText("Your account and your data are deleted from MiWell");
  await expect(deleted.helplines.first()).toBeVisible();
  await expect(deleted.homeLink).toHaveAttribute("href", "/");
  await expect(deleted.signedInAs).toHaveCount(0);
  await deleted.expectAccessible();
}

test("a patient deletes their account and everything in it, after a wrong password is refused", async ({ freshPatient, freshPatientPage }) => {
  const entries = await freshPatient.addPastEntries([
    { daysAgo: 1, mood: "Low", note: "A long day at work." },
    { daysAgo: 2, mood: "Good", minutes: 10 },
  ]);
  const remove = new AccountDeletePage(freshPatientPage);
  await remove.goto();
  await expect(remove.heading).toHaveText("Delete your account");
  await expect(remove.main).toContainText("They cannot be recovered");
  await expect(remove.downloadLink).toHaveAttribute("href", "/account/data");
  await expect(remove.keepLink).toHaveAttribute("href", "/account");
  await remove.expectAccessible();

  await remove.deleteWith("not my password at all");
  await expect(remove.passwordInput).toHaveAccessibleDescription(new RegExp(WRONG_CURRENT_PASSWORD));
  await expect(remove.passwordInput).toHaveAttribute("aria-invalid", "true");
  await remove.expectAccessible();
  expect(await accountExists(freshPatient.userId)).toBe(true);

  await remove.confirmDeletion(freshPatient.password);
  const deleted = new AccountDeletedPage(freshPatientPage);
  await expectConfirmation(deleted);
  expect(await accountExists(freshPatient.userId)).toBe(false);
  expect(await patientRowExists(freshPatient.userId)).toBe(false);
  for (const entry of entries) expect(await entryExists(entry)).toBe(false);
  expect(await deletionAudits(freshPatient.userId)).toEqual([{ actorId: freshPatient.userId, ip: null }]);

  await expectSignInRefused(deleted, freshPatient.email, freshPatient.password);
});

test("a psychiatrist deletes their account, and their patients move to other psychiatrists", async ({ browser }) => {
  const leaving = await psychiatristWithPatients(`Leaving ${Date.now().toString(36)}`, 2);
  const page = await signedIn(browser, { email: leaving.email, password: TEST_PASSWORD }, "/caseload");
  try {
    // Who may take them now: the demo psychiatrists, and any accepting one another spec made.
    const candidates = new Set((await acceptingCandidates()).map((c) => c.userId));
    const remove = new AccountDeletePage(page);
    await remove.goto();
    await expect(remove.main).toContainText("Your 2 patients will be moved to other psychiatrists");
    await expect(remove.blockedNotice).toHaveCount(0);
    await remove.expectAccessible();

    await remove.confirmDeletion(TEST_PASSWORD);
    const deleted = new AccountDeletedPage(page);
    await expectConfirmation(deleted);
    expect(await accountExists(leaving.userId)).toBe(false);
    const now = await psychiatristsOf(leaving.patients.map((p) => p.userId));
    for (const patient of leaving.patients) expect(candidates).toContain(now.get(patient.userId));

    await expectSignInRefused(deleted, leaving.email, TEST_PASSWORD);
  } finally {
    await page.context().close();
  }
});

test("an admin who is not the last active one deletes their account", async ({ browser }) => {
  const admin = await freshAdmin();
  const page = await signedIn(browser, admin, "/admin");
  try {
    const remove = new AccountDeletePage(page);
    await remove.goto();
    await expect(remove.main).toContainText("The last active admin cannot leave");
    await expect(remove.deleteButton).toBeVisible();
    await remove.expectAccessible();

    await remove.confirmDeletion(admin.password);
    const deleted = new AccountDeletedPage(page);
    await expectConfirmation(deleted);
    expect(await accountExists(admin.userId)).toBe(false);
    expect(await deletionAudits(admin.userId)).toHaveLength(1);

    await expectSignInRefused(deleted, admin.email, admin.password);
  } finally {
    await page.context().close();
  }
});
