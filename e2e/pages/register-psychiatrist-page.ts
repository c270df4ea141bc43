import { type PersonDetails, RegistrationForm } from "./registration-form";

export type PsychiatristDetails = PersonDetails & { registrationNumber: string; bio: string };

/** "/register/psychiatrist": a psychiatrist applies to join and waits for an admin's approval. */
export class RegisterPsychiatristPage extends RegistrationForm {
  readonly path = "/register/psychiatrist";
  readonly submitName = "Apply to join";

  static readonly REGISTRATION_NUMBER = "BACP membership number";
  static readonly BIO = "A short bio";

  async fill(details: Partial<PsychiatristDetails>): Promise<void> {
    const { registrationNumber, bio, ...person } = details;
    await this.fillPerson(person);
    if (registrationNumber !== undefined) await this.field(RegisterPsychiatristPage.REGISTRATION_NUMBER).fill(registrationNumber);
    if (bio !== undefined) await this.field(RegisterPsychiatristPage.BIO).fill(bio);
  }

  async apply(details: PsychiatristDetails): Promise<void> {
    await this.fill(details);
    await this.submit();
  }
}
