import type { Locator, Response } from "@playwright/test";
import { BasePage } from "./base-page";

/**
 * "/admin/tasks/[id]/delete" and "/admin/messages/[id]/delete": the item once more and a choice
 * between deleting it and keeping it; for an item patients were given, why it cannot be deleted.
 */
export class LibraryDeletePage extends BasePage {
  path = "/admin/tasks/0/delete";

  /** `section` is "tasks" or "messages". */
  async open(section: "tasks" | "messages", id: number): Promise<Response | null> {
    this.path = `/admin/${section}/${id}/delete`;
    return this.goto();
  }

  get item(): Locator {
    return this.main.getByRole("article");
  }

  get confirmButton(): Locator {
    return this.main.getByRole("button", { name: "Yes, delete it" });
  }

  get keepLink(): Locator {
    return this.main.getByRole("link", { name: "No, keep it" });
  }

  /** Deletes the item; the list opens saying so. */
  async confirm(): Promise<void> {
    await this.confirmButton.click();
    await this.page.waitForURL((url) => /^\/admin\/(tasks|messages)$/.test(url.pathname) && url.searchParams.get("done") === "deleted");
    await this.waitForHydration();
  }
}
