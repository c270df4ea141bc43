import { expect, type Locator, type Response } from "@playwright/test";
import { type MoodWord, shortDayName } from "../moods";
import { BasePage } from "./base-page";

export type RangeName = "7 days" | "30 days" | "90 days" | "1 year";
export const RANGE_DAYS: Record<RangeName, number> = { "7 days": 7, "30 days": 30, "90 days": 90, "1 year": 365 };

/**
 * "/progress": mood and mindfulness over a range of days as a chart (two SVG images with text
 * alternatives, and a table to open), then the streak, averages and how often each face came up.
 */
export class ProgressPage extends BasePage {
  path = "/progress";

  /** Opens the page for a range straight from its address ("/progress?days=7"). */
  async gotoRange(range: RangeName): Promise<Response | null> {
    this.path = `/progress?days=${RANGE_DAYS[range]}`;
    return this.goto();
  }

  get rangeNav(): Locator {
    return this.main.getByRole("navigation", { name: "Time range" });
  }

  rangeLink(range: RangeName): Locator {
    return this.rangeNav.getByRole("link", { name: range, exact: true });
  }

  /** The range link marked as the current page. */
  get currentRange(): Locator {
    return this.rangeNav.locator('[aria-current="page"]');
  }

  /** Follows a range link and waits for the page to show that range. */
  async chooseRange(range: RangeName): Promise<void> {
    await this.rangeLink(range).click();
    await this.page.waitForURL((url) => url.pathname === "/progress" && url.searchParams.get("days") === String(RANGE_DAYS[range]));
    await expect(this.rangeLink(range)).toHaveAttribute("aria-current", "page");
  }

  /** The mood chart, an image whose name summarises it ("Mood chart for the last 30 days: …"). */
  get moodChart(): Locator {
    return this.main.getByRole("img", { name: /^Mood chart for / });
  }

  /** The minutes bars under it ("Mindfulness minutes for the last 30 days: …"). */
  get minutesChart(): Locator {
    return this.main.getByRole("img", { name: /^Mindfulness minutes for / });
  }

  /** The summary that opens the chart's table ("Show each day as a table", or each week for a year). */
  get tableToggle(): Locator {
    return this.main.getByText(/^Show each (day|week) as a table$/);
  }

  get table(): Locator {
    return this.main.getByRole("table");
  }

  /** Opens the chart's table (a <details>) unless it is open already. */
  async openTable(): Promise<void> {
    if (!(await this.table.isVisible())) await this.tableToggle.click();
    await expect(this.table).toBeVisible();
  }

  /** The table's row for a date, headed "Fri 20 Nov". */
  tableRow(date: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: shortDayName(date), exact: true }) });
  }

  /** The rows of days (or weeks), without the header row. */
  get tableBodyRows(): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader") });
  }

  /** The value of a statistic ("Current streak", "Average mood", "Mindfulness", "Days checked in"). */
  stat(label: string): Locator {
    return this.main.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  }

  /** The note under a statistic, e.g. "Including today." under the streak. */
  statNote(label: string): Locator {
    return this.main.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[2]");
  }

  /** "Days checked in" read as numbers: { checkedIn: 5, of: 30 }. */
  async daysCheckedIn(): Promise<{ checkedIn: number; of: number }> {
    const text = await this.stat("Days checked in").innerText();
    const match = /^(\d+) of (\d+)$/.exec(text.trim());
    if (!match) throw new Error(`"Days checked in" reads ${JSON.stringify(text)}`);
    return { checkedIn: Number(match[1]), of: Number(match[2]) };
  }

  /** How often a face was chosen, e.g. "3 days" for faceCount("Low"). */
  faceCount(word: MoodWord): Locator {
    return this.main
      .getByRole("listitem")
      .filter({ has: this.page.getByText(word, { exact: true }) })
      .getByText(/^\d+ days?$/);
  }
}
