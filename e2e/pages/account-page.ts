import { expect, type Locator } from "@playwright/test";
import { RegisterPatientPage } from "./register-patient-page";
import { type PersonDetails, RegistrationForm } from "./registration-form";

/** What the /account form may change: a person's details (no password) and their role's own. */
export type AccountDetails = Omit<PersonDetails, "password" | "confirmPassword"> & {
  medicalNotes: string;
  emergencyContactName: string;
  emergencyContactPhone: string;
  remindersOptIn: boolean;
  reminderTime: string;
  bio: string;
  acceptingNewPatients: boolean;
};

/**
 * "/account": "Your account", with what the account is (its type, a psychiatrist's BACP number),
 * the form of the person's details for their role, and the links to the password, data and
 * deletion screens. Fields are read and their errors checked as on the registration forms.
 */
export class AccountPage extends RegistrationForm {
  readonly path = "/account";
  readonly submitName = "Save changes";

  static readonly BIO = "A short bio";
  static readonly ACCEPTING = "I am taking new patients";

  /** "Your details are saved.", after a save. */
  get savedNotice(): Locator {
    return this.main.getByRole("status").filter({ hasText: "Your details are saved." });
  }

  /** The value beside a term in the account's facts, e.g. "Account type" or "BACP membership number". */
  fact(term: string): Locator {
    return this.main.getByRole("term").filter({ hasText: term }).locator("xpath=following-sibling::dd[1]");
  }

  link(name: "Change your password" | "Download your data" | "Delete your account"): Locator {
    return this.main.getByRole("link", { name, exact: true });
  }

  get signOutEverywhereButton(): Locator {
    return this.main.getByRole("button", { name: "Sign out everywhere" });
  }

  /** Ends every session of the account, this one's too, and waits for the sign-in page. */
  async signOutEverywhere(): Promise<void> {
    await this.signOutEverywhereButton.click();
    await this.page.waitForURL((url) => url.pathname === "/login" && url.searchParams.has("signedOut"));
  }

  /** Fills every field given; the others are left as stored. */
  async fill(details: Partial<AccountDetails>): Promise<void> {
    const { medicalNotes, emergencyContactName, emergencyContactPhone, remindersOptIn, reminderTime, bio, acceptingNewPatients, ...person } = details;
    await this.fillPerson(person);
    const text: [string, string | undefined][] = [
      [RegisterPatientPage.MEDICAL_NOTES, medicalNotes],
      [RegisterPatientPage.CONTACT_NAME, emergencyContactName],
      [RegisterPatientPage.CONTACT_PHONE, emergencyContactPhone],
      [AccountPage.BIO, bio],
    ];
    for (const [label, value] of text) if (value !== undefined) await this.field(label).fill(value);
    if (remindersOptIn !== undefined) await this.field(RegisterPatientPage.REMINDERS).setChecked(remindersOptIn);
    if (reminderTime !== undefined) await this.field(RegisterPatientPage.REMINDER_TIME).fill(reminderTime);
    if (acceptingNewPatients !== undefined) await this.field(AccountPage.ACCEPTING).setChecked(acceptingNewPatients);
  }

  /**
   * Fills, saves, and waits until the page shows the saved details and says they are saved (the
   * notice stays from an earlier save, so the server's answer itself is awaited).
   */
  async save(details: Partial<AccountDetails>): Promise<void> {
    await this.fill(details);
    const answered = this.page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === this.path);
    await this.submit();
    await answered;
    // The form shows the stored details once the answer is applied: until then the button waits.
    await expect(this.submitButton).toHaveText(this.submitName);
    await expect(this.submitButton).not.toHaveAttribute("aria-disabled", "true");
    await this.savedNotice.waitFor();
  }
}
