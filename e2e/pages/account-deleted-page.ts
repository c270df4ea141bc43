import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/account-deleted": the calm confirmation after someone deleted their own account, signed out. */
export class AccountDeletedPage extends BasePage {
  readonly path = "/account-deleted";

  /** The helplines, offered on the page itself as well as in the footer. */
  get helplines(): Locator {
    return this.main.getByRole("region", { name: "If you need to talk to someone" }).getByRole("listitem");
  }

  get homeLink(): Locator {
    return this.main.getByRole("link", { name: "Go to the MiWell home page" });
  }
}
