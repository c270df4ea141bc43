import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { patients, users } from "../db/schema";
import { APPROVED_PSYCHIATRISTS, expect, newPatient, newPsychiatrist, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { RegisterPatientPage } from "./pages/register-patient-page";
import { RegisterPsychiatristPage } from "./pages/register-psychiatrist-page";
import { TodayPage } from "./pages/today-page";
import { AwaitingApprovalPage } from "./pages/awaiting-approval-page";

/** The emergency contact and reminder choices stored for the patient with this (lower-case) email. */
async function storedChoices(email: string) {
  const [row] = await getDb()
    .select({
      emergencyContactName: patients.emergencyContactName,
      emergencyContactPhone: patients.emergencyContactPhone,
      remindersOptIn: patients.remindersOptIn,
      reminderTime: patients.reminderTime,
    })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(eq(users.email, email));
  return row;
}

test.describe("patient registration", () => {
  test("a new patient registers, lands on today and is told who their psychiatrist is", async ({ page, registerPatient }) => {
    await registerPatient.goto();
    await expect(registerPatient.heading).toHaveText("Create your account");
    await registerPatient.expectAccessible();

    const patient = newPatient({ firstName: "Noor" });
    await registerPatient.register(patient);

    await expect(page).toHaveURL(/\/today$/);
    const today = new TodayPage(page);
    await expect(today.heading).toHaveText("Hello, Noor");
    await expect(today.psychiatristSentence).toBeVisible();
    expect(APPROVED_PSYCHIATRISTS).toContain(await today.psychiatristName());
    await expect(today.signedInAs).toHaveText("Signed in as Noor");
    await today.expectAccessible();
  });

  test("a patient adds an emergency contact and a daily reminder, and both are stored", async ({ page, registerPatient, testDatabase }) => {
    void testDatabase;
    await registerPatient.goto();
    // The time is asked for only once a reminder is wanted.
    await expect(registerPatient.field(RegisterPatientPage.REMINDER_TIME)).toHaveCount(0);

    const patient = newPatient({
      emergencyContactName: "Sam Jones",
      emergencyContactPhone: "07911 123456",
      remindersOptIn: true,
      reminderTime: "07:30",
    });
    await registerPatient.fill(patient);
    await expect(registerPatient.emergencyContactGroup.getByLabel(`${RegisterPatientPage.CONTACT_PHONE} (optional)`)).toHaveValue("07911 123456");
    await expect(registerPatient.reminderGroup.getByLabel(`${RegisterPatientPage.REMINDER_TIME} (optional)`)).toHaveValue("07:30");
    await registerPatient.expectAccessible();
    await registerPatient.submit();

    await expect(page).toHaveURL(/\/today$/);
    expect(await storedChoices(patient.email)).toEqual({
      emergencyContactName: "Sam Jones",
      emergencyContactPhone: "+447911123456",
      remindersOptIn: true,
      reminderTime: "07:30",
    });
  });

  test("half an emergency contact is refused next to the missing half", async ({ page, registerPatient }) => {
    await registerPatient.goto();
    await registerPatient.fill(newPatient({ emergencyContactPhone: "07911 123456" }));
    await registerPatient.submit();

    await registerPatient.expectFieldError(RegisterPatientPage.CONTACT_NAME, "Enter your emergency contact's name");
    await registerPatient.expectNoFieldError(RegisterPatientPage.CONTACT_PHONE);
    await expect(registerPatient.field(RegisterPatientPage.CONTACT_NAME)).toBeFocused();
    await registerPatient.expectAccessible();

    // Giving the name settles it; taking the number away then asks for the number.
    await registerPatient.fill({ emergencyContactName: "Sam Jones" });
    await registerPatient.expectNoFieldError(RegisterPatientPage.CONTACT_NAME);
    await registerPatient.fill({ emergencyContactPhone: "" });
    await registerPatient.expectFieldError(RegisterPatientPage.CONTACT_PHONE, "Enter your emergency contact's phone number");
    await registerPatient.fill({ emergencyContactPhone: "12345" });
    await registerPatient.expectFieldError(RegisterPatientPage.CONTACT_PHONE, "Enter a valid phone number, like 020 7946 0018 or +44 20 7946 0018");
    await expect(page).toHaveURL(/\/register$/);
  });

  test("an empty form shows what each required field needs, next to the field", async ({ page, registerPatient }) => {
    await registerPatient.goto();
    await registerPatient.submit();

    await registerPatient.expectFieldError("First name", "Enter your first name");
    await registerPatient.expectFieldError("Last name", "Enter your last name");
    await registerPatient.expectFieldError("Email", "Enter your email address");
    await registerPatient.expectFieldError("Password", "Your password must be at least 10 characters");
    await registerPatient.expectFieldError("Phone number", "Enter your phone number");
    await registerPatient.expectFieldError("Postcode", "Enter your postcode");
    await registerPatient.expectNoFieldError("Time zone");
    await registerPatient.expectNoFieldError(RegisterPatientPage.MEDICAL_NOTES);
    await registerPatient.expectNoFieldError(RegisterPatientPage.CONTACT_NAME);
    await registerPatient.expectNoFieldError(RegisterPatientPage.CONTACT_PHONE);
    await registerPatient.expectNoFieldError(RegisterPatientPage.REMINDERS);
    // The first field in error takes the focus, so a keyboard or screen-reader user starts there.
    await expect(registerPatient.field("First name")).toBeFocused();
    await expect(page).toHaveURL(/\/register$/);
    // The error state must be as accessible as the empty form (contrast of the red messages, descriptions).
    await registerPatient.expectAccessible();
  });

  test("badly formed answers are explained next to the field they belong to", async ({ page, registerPatient }) => {
    await registerPatient.goto();
    await registerPatient.fill(
      newPatient({
        email: "not-an-email",
        password: "short",
        confirmPassword: "something else",
        phone: "12345",
        postcode: "ABC 123",
      }),
    );
    await registerPatient.submit();

    await registerPatient.expectFieldError("Email", "Enter a valid email address, like name@example.com");
    await registerPatient.expectFieldError("Password", "Your password must be at least 10 characters");
    await registerPatient.expectFieldError("Repeat the password", "The two passwords do not match");
    await registerPatient.expectFieldError("Phone number", "Enter a valid phone number, like 020 7946 0018 or +44 20 7946 0018");
    await registerPatient.expectFieldError("Postcode", "Enter a valid UK postcode, like SW1A 1AA");
    await registerPatient.expectNoFieldError("First name");
    await registerPatient.expectNoFieldError("Last name");
    await expect(page).toHaveURL(/\/register$/);

    // Fixing a field clears its message; a well-known password and a mismatch are still refused.
    await registerPatient.fill({ phone: "+44 20 7946 0018", postcode: "sw1a1aa", password: "1234567890", confirmPassword: "1234567890" });
    await registerPatient.expectNoFieldError("Phone number");
    await registerPatient.expectNoFieldError("Postcode");
    await registerPatient.expectNoFieldError("Repeat the password");
    await registerPatient.expectFieldError("Password", "This password is too common; choose one that is harder to guess");
  });

  test("an email that already has an account gets the server's message next to Email", async ({ page, registerPatient }) => {
    await registerPatient.goto();
    // The same address as the seeded patient in another case: emails are unique whatever their case.
    await registerPatient.register(newPatient({ email: "Patient@Example.COM" }));

    await registerPatient.expectFieldError("Email", "An account with this email already exists");
    await expect(registerPatient.field("Email")).toBeFocused();
    await registerPatient.expectNoFieldError("Password");
    await expect(page).toHaveURL(/\/register$/);
  });
});

test.describe("psychiatrist application", () => {
  test("a psychiatrist applies, waits for approval, and lands there again when signing in later", async ({ page, registerPsychiatrist }) => {
    await registerPsychiatrist.goto();
    await expect(registerPsychiatrist.heading).toHaveText("Join as a psychiatrist");
    await registerPsychiatrist.expectAccessible();

    const applicant = newPsychiatrist({ firstName: "Ifeoma" });
    await registerPsychiatrist.apply(applicant);

    await expect(page).toHaveURL(/\/awaiting-approval$/);
    const awaiting = new AwaitingApprovalPage(page);
    await expect(awaiting.heading).toHaveText("Thank you, Ifeoma");
    await expect(awaiting.awaitingNotice).toBeVisible();
    // Until approved there is nowhere else to go: no navigation links, and the caseload sends them back.
    await expect(awaiting.mainNavigation).toHaveCount(0);
    await page.goto("/caseload");
    await expect(page).toHaveURL(/\/awaiting-approval$/);
    await awaiting.expectAccessible();

    await awaiting.signOut();
    const login = new LoginPage(page);
    await login.signIn(applicant.email, applicant.password);
    await expect(page).toHaveURL(/\/awaiting-approval$/);
    await expect(awaiting.heading).toHaveText("Thank you, Ifeoma");
  });

  test("the application checks the BACP number and bio, and refuses a number already registered", async ({ page, registerPsychiatrist }) => {
    await registerPsychiatrist.goto();
    await registerPsychiatrist.fill(newPsychiatrist({ registrationNumber: "12AB", bio: "Too short." }));
    await registerPsychiatrist.submit();

    await registerPsychiatrist.expectFieldError(RegisterPsychiatristPage.REGISTRATION_NUMBER, "Enter your BACP membership number: 6 to 8 digits, like 012345");
    await registerPsychiatrist.expectFieldError(RegisterPsychiatristPage.BIO, "Write a short bio of at least 20 characters");
    await registerPsychiatrist.expectNoFieldError("Email");
    await registerPsychiatrist.expectAccessible();

    // 100101 belongs to the seeded Amara Okafor; "BACP 100101" is the same number written out.
    await registerPsychiatrist.fill({ registrationNumber: "BACP 100101", bio: "Twenty years in community mental health teams." });
    await registerPsychiatrist.submit();
    await registerPsychiatrist.expectFieldError(RegisterPsychiatristPage.REGISTRATION_NUMBER, "This BACP membership number is already registered");
    await expect(page).toHaveURL(/\/register\/psychiatrist$/);
  });
});
