import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/caseload": an approved psychiatrist's own patients. */
export class CaseloadPage extends BasePage {
  readonly path = "/caseload";

  get patientList(): Locator {
    return this.main.getByRole("list", { name: "Your patients" });
  }

  get patients(): Locator {
    return this.patientList.getByRole("listitem");
  }

  patient(name: string): Locator {
    return this.patients.filter({ hasText: name });
  }

  async patientNames(): Promise<string[]> {
    return (await this.patients.allInnerTexts()).map((name) => name.trim());
  }
}
