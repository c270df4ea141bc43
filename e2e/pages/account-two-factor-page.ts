import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";
import { LoginPage } from "./login-page";

/**
 * "/account/two-factor": a new key to type into an authenticator app (and its otpauth link),
 * confirmed with a code and the password; then the recovery codes, shown once.
 */
export class AccountTwoFactorPage extends BasePage {
  readonly path = "/account/two-factor";

  /** The key as the page shows it, in groups of four. */
  get key(): Locator {
    return this.main.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  }

  get setUpLink(): Locator {
    return this.main.getByRole("link", { name: "open this set-up link in your app" });
  }

  get codeInput(): Locator {
    return this.main.getByLabel("Code from your app");
  }

  get passwordInput(): Locator {
    return this.main.getByLabel("Your password");
  }

  get recoveryCodes(): Locator {
    return this.main.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem");
  }

  get continueLink(): Locator {
    return this.main.getByRole("link", { name: "I have kept my recovery codes: continue" });
  }

  /** The key without its spaces, as an app takes it. */
  async secret(): Promise<string> {
    return (await this.key.innerText()).replaceAll(" ", "");
  }

  /** Fills the code and password and turns two-factor sign-in on; the caller asserts what follows. */
  async turnOn(code: string, password: string): Promise<void> {
    await this.codeInput.fill(code);
    await this.passwordInput.fill(password);
    await this.main.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  }
}

/** The sign-in form once the password is accepted for an account with two-factor sign-in: it asks for a code. */
export class TwoFactorLoginPage extends LoginPage {
  get codeInput(): Locator {
    return this.main.getByLabel("Code", { exact: true });
  }

  async enterCode(code: string): Promise<void> {
    await this.codeInput.fill(code);
    await this.submitButton.click();
  }
}
