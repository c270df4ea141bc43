import type { Locator, Response } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/admin/messages/new" and "/admin/messages/[id]/edit": one box for the message's words. */
export class AdminMessageFormPage extends BasePage {
  path = "/admin/messages/new";

  async openNew(): Promise<Response | null> {
    this.path = "/admin/messages/new";
    return this.goto();
  }

  async openEdit(messageId: number): Promise<Response | null> {
    this.path = `/admin/messages/${messageId}/edit`;
    return this.goto();
  }

  get textField(): Locator {
    return this.main.getByRole("textbox", { name: /^Message/ });
  }

  get submitButton(): Locator {
    return this.main.getByRole("button", { name: /^(Add to the library|Save changes)$/ });
  }

  /** "Patients have been shown this message: …" on the edit page of a message that was shown. */
  get shownWarning(): Locator {
    return this.main.getByText(/^Patients have been shown this message/);
  }

  /** Writes the message and submits it; the action goes back to the list, saying so. */
  async save(text: string): Promise<void> {
    await this.textField.fill(text);
    await this.submitButton.click();
    await this.page.waitForURL((url) => url.pathname === "/admin/messages" && url.searchParams.has("done"));
    await this.waitForHydration();
  }
}
