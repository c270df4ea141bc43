import type { Locator, Response } from "@playwright/test";
import { dayName } from "../moods";
import { type CheckIn, CheckInFormPage } from "./check-in-form";

/** "/journal/[id]/edit": the check-in form for an earlier day, filled in; saving keeps the old version. */
export class JournalEditPage extends CheckInFormPage {
  path = "/journal/0/edit";

  /** Opens the edit screen of entry `entryId` directly, as a typed or shared address would. */
  async open(entryId: number): Promise<Response | null> {
    this.path = `/journal/${entryId}/edit`;
    return this.goto();
  }

  /** Takes the screen's address from the page, after arriving by the journal's Edit link. */
  async arrived(): Promise<void> {
    await this.page.waitForURL((url) => /^\/journal\/\d+\/edit$/.test(url.pathname));
    this.path = new URL(this.page.url()).pathname;
    await this.waitForHydration();
  }

  /** The heading names the day: "Edit Friday 20 November 2026". */
  headingFor(date: string): string {
    return `Edit ${dayName(date)}`;
  }

  get submitButton(): Locator {
    return this.main.getByRole("button", { name: "Save changes" });
  }

  get backLink(): Locator {
    return this.main.getByRole("link", { name: "Back to the journal without changes" });
  }

  /** Changes what is given and saves; the journal opens with its "updated" notice. */
  async save(changes: CheckIn): Promise<void> {
    await this.fill(changes);
    await this.submit();
    await this.page.waitForURL((url) => url.pathname === "/journal" && url.searchParams.get("edited") === "1");
  }
}
