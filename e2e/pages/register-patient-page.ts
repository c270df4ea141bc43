import { type PersonDetails, RegistrationForm } from "./registration-form";

export type PatientDetails = PersonDetails & { medicalNotes?: string };

/** "/register": a patient creates their account and is matched with a psychiatrist. */
export class RegisterPatientPage extends RegistrationForm {
  readonly path = "/register";
  readonly submitName = "Create my account";

  static readonly MEDICAL_NOTES = "Anything your psychiatrist should know";

  get psychiatristApplicationLink() {
    return this.main.getByRole("link", { name: "Apply here" });
  }

  /** Fills every field given (all of them for a complete PatientDetails). */
  async fill(details: Partial<PatientDetails>): Promise<void> {
    const { medicalNotes, ...person } = details;
    await this.fillPerson(person);
    if (medicalNotes !== undefined) await this.field(RegisterPatientPage.MEDICAL_NOTES).fill(medicalNotes);
  }

  async register(details: PatientDetails): Promise<void> {
    await this.fill(details);
    await this.submit();
  }
}
