import { TEST_PASSWORD } from "../lib/testing/accounts";
import { freshAdmin, stopAccepting, storedAccount } from "./account-accounts";
import { expect, signedIn, test, uniqueEmail } from "./fixtures";
import { waitForEmails } from "./mailbox";
import { AccountPage } from "./pages/account-page";
import { AccountPasswordPage } from "./pages/account-password-page";
import { LoginPage } from "./pages/login-page";
import { RegisterPatientPage } from "./pages/register-patient-page";
import { psychiatristWithPatients } from "./people-data";

test.describe("your account", () => {
  test("a patient changes their details, emergency contact and reminder, and sees them as stored", async ({ freshPatient, freshPatientPage }) => {
    const account = new AccountPage(freshPatientPage);
    await account.goto();
    await expect(account.heading).toHaveText("Your account");
    await expect(account.fact("Account type")).toHaveText("Patient");
    await expect(account.field("Email")).toHaveValue(freshPatient.email);
    await expect(account.link("Change your password")).toHaveAttribute("href", "/account/password");
    await expect(account.link("Download your data")).toHaveAttribute("href", "/account/data");
    await expect(account.link("Delete your account")).toHaveAttribute("href", "/account/delete");
    await account.expectAccessible();

    // Half an emergency contact is refused next to the missing half, and nothing is saved.
    await account.fill({ emergencyContactName: "Sam Jones" });
    await account.submit();
    await account.expectFieldError(RegisterPatientPage.CONTACT_PHONE, "Enter your emergency contact's phone number");
    await account.expectAccessible();

    await account.save({
      firstName: "Rowan",
      phone: "020 7946 0018",
      emergencyContactPhone: "07911 123456",
      remindersOptIn: true,
      reminderTime: "07:30",
    });
    await expect(freshPatientPage).toHaveURL(/\/account\?saved=1$/);
    // Shown back as stored: numbers in their international form.
    await expect(account.field("Phone number")).toHaveValue("+442079460018");
    await expect(account.field(RegisterPatientPage.CONTACT_NAME)).toHaveValue("Sam Jones");
    await expect(account.field(RegisterPatientPage.CONTACT_PHONE)).toHaveValue("+447911123456");
    await expect(account.field(RegisterPatientPage.REMINDERS)).toBeChecked();
    await expect(account.field(RegisterPatientPage.REMINDER_TIME)).toHaveValue("07:30");
    await expect(account.signedInAs).toHaveText("Signed in as Rowan");
    await account.expectAccessible();
    expect((await storedAccount(freshPatient.userId)).patient).toMatchObject({
      emergencyContactName: "Sam Jones",
      emergencyContactPhone: "+447911123456",
      remindersOptIn: true,
      reminderTime: "07:30",
    });

    // Turning the reminder off is kept too.
    await account.save({ remindersOptIn: false });
    await expect(account.field(RegisterPatientPage.REMINDERS)).not.toBeChecked();
    expect((await storedAccount(freshPatient.userId)).patient).toMatchObject({ remindersOptIn: false, reminderTime: null });

    // A new sign-in email: the old address is told.
    const newEmail = uniqueEmail("e2e.moved");
    await account.save({ email: newEmail });
    await expect(account.field("Email")).toHaveValue(newEmail);
    const [notice] = await waitForEmails((e) => e.to.includes(freshPatient.email) && e.subject === "Your MiWell sign-in email was changed", { timeoutMs: 20_000 });
    expect(notice.text).not.toContain(newEmail);
  });

  test("an email another account has is refused next to Email", async ({ freshPatient, freshPatientPage }) => {
    const account = new AccountPage(freshPatientPage);
    await account.goto();
    // The seeded patient's address in another case: emails are unique whatever their case.
    await account.fill({ email: "Patient@Example.COM", lastName: "Changed" });
    await account.submit();
    await account.expectFieldError("Email", "An account with this email already exists");
    await expect(account.field("Email")).toBeFocused();
    await account.expectAccessible();
    expect((await storedAccount(freshPatient.userId)).user).toMatchObject({ email: freshPatient.email, lastName: "Morgan" });
  });

  test("a psychiatrist edits their bio and whether they take new patients, and sees their BACP number read-only", async ({ browser }) => {
    const psychiatrist = await psychiatristWithPatients("Account", 1);
    const page = await signedIn(browser, { email: psychiatrist.email, password: TEST_PASSWORD }, "/caseload");
    try {
      const account = new AccountPage(page);
      await account.goto();
      const { psychiatrist: before } = await storedAccount(psychiatrist.userId);
      await expect(account.fact("Account type")).toHaveText("Psychiatrist");
      await expect(account.fact("BACP membership number")).toContainText(before!.registrationNumber);
      await expect(account.fact("BACP membership number")).toContainText("Only an admin can change it");
      await expect(account.field("BACP membership number")).toHaveCount(0);
      await expect(account.field(AccountPage.ACCEPTING)).not.toBeChecked();
      await account.expectAccessible();

      const bio = "Twenty years in community mental health, with adults living with anxiety.";
      await account.save({ bio, acceptingNewPatients: true });
      await expect(account.field(AccountPage.BIO)).toHaveValue(bio);
      await expect(account.field(AccountPage.ACCEPTING)).toBeChecked();
      expect((await storedAccount(psychiatrist.userId)).psychiatrist).toMatchObject({ bio, acceptingNewPatients: true, registrationNumber: before!.registrationNumber });

      await account.save({ acceptingNewPatients: false });
      expect((await storedAccount(psychiatrist.userId)).psychiatrist).toMatchObject({ acceptingNewPatients: false });
      await account.expectAccessible();
    } finally {
      await stopAccepting(psychiatrist.userId);
      await page.context().close();
    }
  });

  test("an admin edits their contact details, with no postcode asked", async ({ browser }) => {
    const admin = await freshAdmin();
    const page = await signedIn(browser, admin, "/admin");
    try {
      const account = new AccountPage(page);
      await account.goto();
      await expect(account.fact("Account type")).toHaveText("Admin");
      await expect(account.field("Postcode")).toHaveCount(0);
      await account.expectAccessible();

      await account.save({ lastName: "Okafor-Reid", phone: "+1 212 555 0199", timezone: "America/New_York" });
      await expect(account.field("Phone number")).toHaveValue("+12125550199");
      expect((await storedAccount(admin.userId)).user).toMatchObject({ lastName: "Okafor-Reid", phone: "+12125550199", timezone: "America/New_York" });
    } finally {
      await page.context().close();
    }
  });
});

test.describe("changing the password", () => {
  test("ends the other session, keeps this one, and emails the patient", async ({ browser, freshPatient }) => {
    const changing = await signedIn(browser, freshPatient, "/today");
    const other = await signedIn(browser, freshPatient, "/today");
    const newPassword = "lanterns along the harbour wall";
    try {
      const account = new AccountPage(changing);
      await account.goto();
      await account.link("Change your password").click();
      const password = new AccountPasswordPage(changing);
      await expect(password.heading).toHaveText("Change your password");
      await password.waitForHydration();
      await password.expectAccessible();

      await password.change("not my password at all", newPassword);
      await password.expectFieldError(AccountPasswordPage.CURRENT, "That is not your current password");
      await password.expectAccessible();

      await password.change(freshPatient.password, newPassword);
      await expect(password.confirmation).toBeVisible();
      await password.expectAccessible();

      // This browser is still signed in; the other one is sent to sign in at its next step.
      await account.goto();
      await expect(account.heading).toHaveText("Your account");
      await other.goto("/today");
      await expect(other).toHaveURL(/\/login\?callbackUrl=%2Ftoday$/);

      const [email] = await waitForEmails((e) => e.to.includes(freshPatient.email) && e.subject === "Your MiWell password was changed", { timeoutMs: 20_000 });
      expect(email.text).toContain("contact the charity");
    } finally {
      await changing.context().close();
      await other.context().close();
    }

    // The old password no longer signs in; the new one does.
    const fresh = await (await browser.newContext()).newPage();
    try {
      const login = new LoginPage(fresh);
      await login.goto();
      await login.signIn(freshPatient.email, freshPatient.password);
      await expect(login.alert("The email or password is not right")).toBeVisible();
      await login.signIn(freshPatient.email, newPassword);
      await expect(fresh).toHaveURL(/\/today$/);
    } finally {
      await fresh.context().close();
    }
  });
});

test.describe("signing out everywhere", () => {
  test("ends the sessions on every device, this one's too", async ({ browser, freshPatient }) => {
    const here = await signedIn(browser, freshPatient, "/today");
    const there = await signedIn(browser, freshPatient, "/today");
    try {
      const account = new AccountPage(here);
      await account.goto();
      await account.signOutEverywhere();
      await here.goto("/today");
      await expect(here).toHaveURL(/\/login\?callbackUrl=%2Ftoday$/);
      await there.goto("/journal");
      await expect(there).toHaveURL(/\/login\?callbackUrl=%2Fjournal$/);
    } finally {
      await here.context().close();
      await there.context().close();
    }
  });
});
