import type { Locator, Response } from "@playwright/test";
import { BasePage } from "./base-page";

export const DELETE_TITLE = "Delete this entry?";

/** "/journal/[id]/delete": the entry once more, and a choice between deleting it and keeping it. */
export class JournalDeletePage extends BasePage {
  path = "/journal/0/delete";

  async open(entryId: number): Promise<Response | null> {
    this.path = `/journal/${entryId}/delete`;
    return this.goto();
  }

  /** Takes the screen's address from the page, after arriving by the journal's Delete link. */
  async arrived(): Promise<void> {
    await this.page.waitForURL((url) => /^\/journal\/\d+\/delete$/.test(url.pathname));
    this.path = new URL(this.page.url()).pathname;
    await this.waitForHydration();
  }

  /** The entry about to be deleted, shown without its own edit and delete links. */
  get entry(): Locator {
    return this.main.getByRole("article");
  }

  get confirmButton(): Locator {
    return this.main.getByRole("button", { name: "Yes, delete it" });
  }

  get keepLink(): Locator {
    return this.main.getByRole("link", { name: "No, keep it" });
  }

  /** Deletes the entry; the journal opens with "The entry was deleted." */
  async confirm(): Promise<void> {
    await this.confirmButton.click();
    await this.page.waitForURL((url) => url.pathname === "/journal" && url.searchParams.get("deleted") === "1");
  }

  /** Changes nothing and goes back to the journal. */
  async keep(): Promise<void> {
    await this.keepLink.click();
    await this.page.waitForURL((url) => url.pathname === "/journal" && url.search === "");
  }
}
