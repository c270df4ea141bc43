import { DEMO, DEMO_PASSWORD, expect, newPatient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { TodayPage } from "./pages/today-page";

// Every failed sign-in here counts against 127.0.0.1, which is refused after 20 in 15 minutes:
// this file spends 6 (one wrong password, five to lock an account), and no other spec spends any.

const INVALID = "The email or password is not right. Check them and try again.";

test.describe("signing in", () => {
  for (const role of ["patient", "psychiatrist", "admin", "pendingPsychiatrist"] as const) {
    test(`the demo ${role} lands on ${DEMO[role].home}`, async ({ page, login }) => {
      await login.goto();
      await login.signIn(DEMO[role].email, DEMO_PASSWORD);
      await expect(page).toHaveURL((url) => url.pathname === DEMO[role].home);
      await expect(login.signedInAs).toHaveText(`Signed in as ${DEMO[role].firstName}`);
      await expect(login.signOutButton).toBeVisible();
    });
  }

  test("the sign-in page is accessible, and so is its refusal", async ({ page, login }) => {
    await login.goto();
    await expect(login.heading).toHaveText("Sign in");
    await login.expectAccessible();

    // A seeded patient that no other test signs in as, so this one failure touches nobody else.
    await login.signIn("jordan.lee@example.com", "not-the-password");
    await expect(login.formMessage()).toHaveText(INVALID);
    await expect(login.alert("The email or password is not right")).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await login.expectAccessible();
  });

  test("an empty sign-in form asks for the email and the password without asking the server", async ({ page, login }) => {
    await login.goto();
    await login.submitButton.click();
    await expect(login.emailInput).toHaveAttribute("aria-invalid", "true");
    await expect(login.main.getByText("Enter your email address")).toBeVisible();
    await expect(login.main.getByText("Enter your password")).toBeVisible();
    await expect(login.formMessage()).toHaveCount(0);
    await expect(page).toHaveURL(/\/login$/);
  });

  test("after 5 failed attempts even the right password is refused for 15 minutes", async ({ page, registerPatient }) => {
    const patient = newPatient({ firstName: "Lockie" });
    await registerPatient.goto();
    await registerPatient.register(patient);
    await expect(page).toHaveURL(/\/today$/);
    await registerPatient.signOut();

    const login = new LoginPage(page);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      // A fresh page per attempt, so each message seen is the answer to this attempt.
      await login.goto();
      await login.signIn(patient.email, `wrong password number ${attempt}`);
      await expect(login.formMessage(), `attempt ${attempt}`).toHaveText(INVALID);
    }

    await login.goto();
    await login.signIn(patient.email, patient.password);
    await expect(login.formMessage()).toContainText("Too many failed sign-in attempts");
    await expect(login.formMessage()).toContainText("try again in 15 minutes");
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/today");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ftoday$/);
  });

  test("an anonymous visit to today asks for sign-in, then returns to today", async ({ page, login }) => {
    await page.goto("/today");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ftoday$/);
    await expect(login.heading).toHaveText("Sign in");
    await login.waitForHydration();

    await login.signIn(DEMO.patient.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/today$/);
    await expect(new TodayPage(page).heading).toHaveText(`Hello, ${DEMO.patient.firstName}`);
  });
});

test.describe("signing out", () => {
  test("the header's Sign out button signs out, and today then asks for sign-in again", async ({ patientPage, today }) => {
    await today.goto();
    // Sign-out is a form POST, never a link that another site could trigger with a GET.
    await expect(today.header.getByRole("link", { name: "Sign out" })).toHaveCount(0);
    const form = today.signOutButton.locator("xpath=ancestor::form[1]");
    await expect(form).toHaveCount(1);
    expect(await form.evaluate((f: HTMLFormElement) => f.method)).toBe("post");
    await today.signOut();

    const login = new LoginPage(patientPage);
    await expect(login.signedOutNotice).toHaveText("You have signed out. See you soon.");
    await expect(login.signOutButton).toHaveCount(0);
    await expect(login.header.getByRole("link", { name: "Sign in" })).toBeVisible();

    await patientPage.goto("/today");
    await expect(patientPage).toHaveURL(/\/login\?callbackUrl=%2Ftoday$/);
  });

  test("a copy of the cookie kept from before signing out is refused", async ({ patientPage, today }) => {
    await today.goto();
    // What a request answered after the sign-out (a router prefetch), or a stolen copy, would hold.
    const before = await patientPage.context().cookies();
    expect(before.some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(true);
    await today.signOut();
    await expect(new LoginPage(patientPage).signedOutNotice).toBeVisible();

    await patientPage.context().addCookies(before);
    await patientPage.goto("/journal");
    await expect(patientPage).toHaveURL(/\/login\?callbackUrl=%2Fjournal$/);
  });
});
