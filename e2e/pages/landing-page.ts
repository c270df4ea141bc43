import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/": what MiWell is, the seven moods, and the ways in. */
export class LandingPage extends BasePage {
  readonly path = "/";

  get moods(): Locator {
    return this.main.getByRole("list", { name: "The seven moods you can choose from" }).getByRole("listitem");
  }

  get createAccountLink(): Locator {
    return this.main.getByRole("link", { name: "Create an account" });
  }

  get signInLink(): Locator {
    return this.main.getByRole("link", { name: "Sign in" });
  }
}
