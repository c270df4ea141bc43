import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/awaiting-approval": where a psychiatrist lands until an admin approves them. */
export class AwaitingApprovalPage extends BasePage {
  readonly path = "/awaiting-approval";

  get awaitingNotice(): Locator {
    return this.main.getByText("Your application is awaiting approval.");
  }
}
