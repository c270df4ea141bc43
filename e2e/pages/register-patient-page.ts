import type { Locator } from "@playwright/test";
import { type PersonDetails, RegistrationForm } from "./registration-form";

export type PatientDetails = PersonDetails & {
  medicalNotes?: string;
  emergencyContactName?: string;
  emergencyContactPhone?: string;
  /** Ticks (true) or unticks (false) the daily reminder. */
  remindersOptIn?: boolean;
  /** "HH:MM", typed into the time field that appears once the reminder is ticked. */
  reminderTime?: string;
};

/** "/register": a patient creates their account and is matched with a psychiatrist. */
export class RegisterPatientPage extends RegistrationForm {
  readonly path = "/register";
  readonly submitName = "Create my account";

  static readonly MEDICAL_NOTES = "Anything your psychiatrist should know";
  static readonly CONTACT_NAME = "Contact name";
  static readonly CONTACT_PHONE = "Contact phone number";
  static readonly REMINDERS = "Email me a reminder on days I have not checked in";
  static readonly REMINDER_TIME = "Remind me at";

  get psychiatristApplicationLink() {
    return this.main.getByRole("link", { name: "Apply here" });
  }

  /** The fieldsets, found by their legends as a screen reader names them. */
  get emergencyContactGroup(): Locator {
    return this.main.getByRole("group", { name: "Emergency contact" });
  }

  get reminderGroup(): Locator {
    return this.main.getByRole("group", { name: "Daily reminder" });
  }

  /** Fills every field given (all of them for a complete PatientDetails). */
  async fill(details: Partial<PatientDetails>): Promise<void> {
    const { medicalNotes, emergencyContactName, emergencyContactPhone, remindersOptIn, reminderTime, ...person } = details;
    await this.fillPerson(person);
    const text: [string, string | undefined][] = [
      [RegisterPatientPage.MEDICAL_NOTES, medicalNotes],
      [RegisterPatientPage.CONTACT_NAME, emergencyContactName],
      [RegisterPatientPage.CONTACT_PHONE, emergencyContactPhone],
    ];
    for (const [label, value] of text) if (value !== undefined) await this.field(label).fill(value);
    if (remindersOptIn !== undefined) await this.field(RegisterPatientPage.REMINDERS).setChecked(remindersOptIn);
    if (reminderTime !== undefined) await this.field(RegisterPatientPage.REMINDER_TIME).fill(reminderTime);
  }

  async register(details: PatientDetails): Promise<void> {
    await this.fill(details);
    await this.submit();
  }
}
