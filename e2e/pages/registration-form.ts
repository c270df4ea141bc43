import { expect, type Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** What both registration forms ask of a person. Unset fields are left as they are. */
export type PersonDetails = {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  /** Defaults to the password. */
  confirmPassword?: string;
  phone: string;
  postcode: string;
  /** An IANA zone as the select offers it, e.g. "Europe/London". */
  timezone?: string;
};

/** The labels of the shared fields, as a person reads them. */
export const PERSON_LABELS = {
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  password: "Password",
  confirmPassword: "Repeat the password",
  phone: "Phone number",
  postcode: "Postcode",
  timezone: "Time zone",
} as const;

/** The fields and error reading shared by the patient and the psychiatrist registration screens. */
export abstract class RegistrationForm extends BasePage {
  abstract readonly submitName: string;

  /** The form control whose label is exactly `label` (hints and "(optional)" aside). */
  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true }).or(this.main.getByLabel(`${label} (optional)`, { exact: true }));
  }

  get submitButton(): Locator {
    return this.main.getByRole("button", { name: this.submitName });
  }

  /** The message about the whole form, inside <main> so Next's route announcer is never matched. */
  formMessage(): Locator {
    return this.main.getByRole("alert");
  }

  async fillPerson(details: Partial<PersonDetails>): Promise<void> {
    const { confirmPassword = details.password, timezone, ...text } = details;
    for (const [key, value] of Object.entries({ ...text, confirmPassword })) {
      if (value !== undefined) await this.field(PERSON_LABELS[key as keyof typeof PERSON_LABELS]).fill(value);
    }
    if (timezone !== undefined) await this.field(PERSON_LABELS.timezone).selectOption(timezone);
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }

  /**
   * The error text tied to a field through its aria-describedby (the ids that name an error, not
   * the hint), or null when the field describes no error. Read once: use expectFieldError to wait.
   */
  async fieldError(label: string): Promise<string | null> {
    return this.field(label).evaluate((control) => {
      const ids = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id.endsWith("-error"));
      const texts = ids.map((id) => control.ownerDocument.getElementById(id)?.textContent?.trim() ?? "").filter(Boolean);
      return texts.length ? texts.join(" ") : null;
    });
  }

  /** Waits until the field is marked invalid and its described error reads `message`. */
  async expectFieldError(label: string, message: string | RegExp): Promise<void> {
    const poll = expect.poll(() => this.fieldError(label), { message: `error described by the "${label}" field` });
    if (typeof message === "string") await poll.toBe(message);
    else await poll.toMatch(message);
    await expect(this.field(label)).toHaveAttribute("aria-invalid", "true");
  }

  /** Asserts that the field shows no error and is not marked invalid. */
  async expectNoFieldError(label: string): Promise<void> {
    await expect.poll(() => this.fieldError(label), { message: `error described by the "${label}" field` }).toBeNull();
    await expect(this.field(label)).not.toHaveAttribute("aria-invalid", "true");
  }
}
