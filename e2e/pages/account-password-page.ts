import type { Locator } from "@playwright/test";
import { RegistrationForm } from "./registration-form";

/**
 * "/account/password": the current password and the new one twice. After a change the page says
 * so in place of the form; this browser stays signed in and every other session ends.
 */
export class AccountPasswordPage extends RegistrationForm {
  readonly path = "/account/password";
  readonly submitName = "Change password";

  static readonly CURRENT = "Current password";
  static readonly NEW = "New password";
  static readonly REPEAT = "Repeat the new password";

  get confirmation(): Locator {
    return this.main.getByRole("status").filter({ hasText: "Your password is changed." });
  }

  get backLink(): Locator {
    return this.main.getByRole("link", { name: "Back to your account" });
  }

  /** Fills the three fields and submits; the caller asserts what follows. */
  async change(current: string, next: string, repeat = next): Promise<void> {
    await this.field(AccountPasswordPage.CURRENT).fill(current);
    await this.field(AccountPasswordPage.NEW).fill(next);
    await this.field(AccountPasswordPage.REPEAT).fill(repeat);
    await this.submit();
  }
}
