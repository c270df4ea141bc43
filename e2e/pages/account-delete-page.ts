import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/**
 * "/account/delete": what deleting the account does for the reader's role, then their password
 * and one destructive button. When the deletion would be refused as things stand (the last
 * active admin; a psychiatrist whose patients nobody could take) it says why instead of the form.
 */
export class AccountDeletePage extends BasePage {
  readonly path = "/account/delete";

  /** The password field; its accessible description carries the hint and any error. */
  get passwordInput(): Locator {
    return this.main.getByLabel("Your password", { exact: true });
  }

  get deleteButton(): Locator {
    return this.main.getByRole("button", { name: "Delete my account for good" });
  }

  get keepLink(): Locator {
    return this.main.getByRole("link", { name: "Keep my account and go back" });
  }

  get downloadLink(): Locator {
    return this.main.getByRole("link", { name: "download your data" });
  }

  /** Why the form is not offered, when it is not. */
  get blockedNotice(): Locator {
    return this.main.getByRole("status");
  }

  /** A message about the whole form, such as a refusal. */
  get formMessage(): Locator {
    return this.main.getByRole("alert");
  }

  /** Types the password and presses the button; the caller asserts what follows. */
  async deleteWith(password: string): Promise<void> {
    await this.passwordInput.fill(password);
    await this.deleteButton.click();
  }

  /** Deletes the account and waits for the confirmation page the signed-out browser lands on. */
  async confirmDeletion(password: string): Promise<void> {
    await this.deleteWith(password);
    await this.page.waitForURL((url) => url.pathname === "/account-deleted");
  }
}
