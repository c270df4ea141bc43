import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/today": the patient's home, naming their psychiatrist. */
export class TodayPage extends BasePage {
  readonly path = "/today";

  /** "Your psychiatrist is Amara Okafor. They will see…" */
  get psychiatristSentence(): Locator {
    return this.main.getByText(/^Your psychiatrist is /);
  }

  get checkInHeading(): Locator {
    return this.main.getByRole("heading", { name: "Your daily check-in", level: 2 });
  }

  /** The assigned psychiatrist's full name as the page states it. */
  async psychiatristName(): Promise<string> {
    const sentence = (await this.psychiatristSentence.innerText()).replace(/\s+/g, " ");
    return /^Your psychiatrist is (.+?)\. They/.exec(sentence)?.[1] ?? sentence;
  }
}
