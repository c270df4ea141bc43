import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/login": email and password, and the messages about a refused sign-in. */
export class LoginPage extends BasePage {
  readonly path = "/login";

  get emailInput(): Locator {
    return this.main.getByLabel("Email", { exact: true });
  }

  get passwordInput(): Locator {
    return this.main.getByLabel("Password", { exact: true });
  }

  get submitButton(): Locator {
    return this.main.getByRole("button", { name: "Sign in" });
  }

  get createAccountLink(): Locator {
    return this.main.getByRole("link", { name: "Create an account" });
  }

  /** The notice shown after signing out. */
  get signedOutNotice(): Locator {
    return this.main.getByText("You have signed out");
  }

  /** Opens the sign-in page with a return address, as the app's own redirects do. */
  async gotoReturningTo(path: string): Promise<void> {
    await this.page.goto(`${this.path}?callbackUrl=${encodeURIComponent(path)}`);
  }

  /** Fills the form and submits it; the caller asserts where that leads. */
  async signIn(email: string, password: string): Promise<void> {
    await this.emailInput.fill(email);
    await this.passwordInput.fill(password);
    await this.submitButton.click();
  }

  /**
   * The message about the whole form (e.g. a refused sign-in). Next's route announcer is also a
   * role="alert", outside <main>, so the search stays inside the main landmark.
   */
  formMessage(): Locator {
    return this.main.getByRole("alert");
  }

  /** The form message whose text matches, for assertions that must not catch any other alert. */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole("alert").filter({ hasText: text });
  }
}
