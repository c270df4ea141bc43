import type { Locator } from "@playwright/test";
import { dayName } from "../moods";
import { BasePage } from "./base-page";

/**
 * "/review": the psychiatrist's patients' entries not yet reviewed, lowest mood first, then
 * oldest. Each is an article named by the patient and the day ("Casey Morgan Friday 20 November
 * 2026"), with a reply form (or the reply and an "Edit reply" disclosure) and "Mark reviewed".
 */
export class ReviewPage extends BasePage {
  readonly path = "/review";

  /** The header's link, named with the count: "Review (3)". */
  get reviewLink(): Locator {
    return this.mainNavigation.getByRole("link", { name: /^Review/ });
  }

  get entries(): Locator {
    return this.main.getByRole("list", { name: "Entries waiting for review" }).getByRole("article");
  }

  entry(patientName: string, date: string): Locator {
    return this.main.getByRole("article", { name: `${patientName} ${dayName(date)}`, exact: true });
  }

  /** "3 entries waiting, lowest moods first, then oldest." */
  get summary(): Locator {
    return this.main.getByText(/^\d+ entr(y|ies) waiting/);
  }

  get emptyNotice(): Locator {
    return this.main.getByText("Nothing waiting for review.", { exact: true });
  }

  /** What the last action did ("Reply sent…", "Reply updated.", "2 entries marked reviewed."). */
  get notice(): Locator {
    return this.main.getByRole("status");
  }

  patientLink(patientName: string, date: string): Locator {
    return this.entry(patientName, date).getByRole("link", { name: patientName, exact: true });
  }

  replyBox(patientName: string, date: string): Locator {
    return this.entry(patientName, date).getByRole("textbox", { name: `Reply to ${patientName}`, exact: true });
  }

  sendReplyButton(patientName: string, date: string): Locator {
    return this.entry(patientName, date).getByRole("button", { name: /^Send reply/ });
  }

  /** A message next to the reply box, such as "Write a reply of at most 500 characters". */
  replyError(patientName: string, date: string): Locator {
    return this.entry(patientName, date).getByText("Write a reply of at most 500 characters");
  }

  /** The reply already on an entry: "Your reply", with "(edited)" once changed. */
  replyHeading(patientName: string, date: string): Locator {
    return this.entry(patientName, date).getByRole("heading", { name: /reply/i });
  }

  /** The "Edit reply" disclosure's summary. */
  editReplyToggle(patientName: string, date: string): Locator {
    return this.entry(patientName, date).locator("summary");
  }

  editReplyBox(patientName: string, date: string): Locator {
    return this.entry(patientName, date).getByRole("textbox", { name: `Edit your reply to ${patientName}`, exact: true });
  }

  markReviewedButton(patientName: string, date: string): Locator {
    return this.entry(patientName, date).getByRole("button", { name: /^Mark reviewed/ });
  }

  get markAllShownButton(): Locator {
    return this.main.getByRole("button", { name: "Mark all shown as reviewed", exact: true });
  }

  /** Writes and sends a reply; the queue opens again with its notice. */
  async reply(patientName: string, date: string, text: string): Promise<void> {
    await this.replyBox(patientName, date).fill(text);
    await this.sendReplyButton(patientName, date).click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get("replied") === "1");
  }

  /** Opens "Edit reply", replaces the text and saves it. */
  async editReply(patientName: string, date: string, text: string): Promise<void> {
    await this.editReplyToggle(patientName, date).click();
    await this.editReplyBox(patientName, date).fill(text);
    await this.entry(patientName, date).getByRole("button", { name: /^Save reply/ }).click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get("edited") === "1");
  }

  async markReviewed(patientName: string, date: string): Promise<void> {
    await this.submitAndReturn(this.markReviewedButton(patientName, date));
  }

  async markAllShown(): Promise<void> {
    await this.submitAndReturn(this.markAllShownButton);
  }

  /**
   * Clicks a button whose server action redirects back to the queue. The address may be the one
   * already shown ("?reviewed=1" twice), so the action's answer is what is waited for.
   */
  private async submitAndReturn(button: Locator): Promise<void> {
    const answered = this.page.waitForResponse((response) => response.request().method() === "POST" && "next-action" in response.request().headers());
    await button.click();
    await answered;
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.has("reviewed"));
  }
}
