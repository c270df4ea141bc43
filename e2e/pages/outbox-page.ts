import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export type OutboxFilterName = "All" | "Failed" | "Unsent" | "Pending" | "Sending" | "Sent" | "Cancelled";

// The row's cells after its row header (the subject), in the table's order of columns.
const COLUMNS = { created: 0, kind: 1, to: 2, status: 3, attempts: 4, lastError: 5 } as const;

/** One email's row in the outbox table, found by its subject (the row's header). */
export class OutboxRow {
  constructor(readonly root: Locator) {}

  cell(column: keyof typeof COLUMNS): Locator {
    return this.root.getByRole("cell").nth(COLUMNS[column]);
  }

  get subjectLink(): Locator {
    return this.root.getByRole("rowheader").getByRole("link");
  }

  get retryButton(): Locator {
    return this.root.getByRole("button", { name: /^Retry/ });
  }
}

/**
 * "/admin/outbox": every email, newest first, 25 a page, with tabs by status (each with its
 * count), a Retry button on failed and unsent emails, and a line explaining unsent mail. From
 * 640 px up the emails are a table; on a phone, a list of cards.
 */
export class OutboxPage extends BasePage {
  readonly path = "/admin/outbox";

  filterLink(name: OutboxFilterName): Locator {
    return this.main.getByRole("navigation", { name: "Which emails" }).getByRole("link", { name: new RegExp(`^${name} \\(`) });
  }

  /** Shows only the emails in one status (or all), and waits for that view. */
  async filter(name: OutboxFilterName): Promise<void> {
    await this.filterLink(name).click();
    const status = name === "All" ? null : name.toLowerCase();
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get("status") === status);
    await this.waitForHydration();
  }

  get table(): Locator {
    return this.main.getByRole("table", { name: /emails?, newest first/ });
  }

  /** An email's row in the table (from 640 px up). */
  row(subject: string): OutboxRow {
    return new OutboxRow(this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: subject, exact: true }) }));
  }

  /** An email's card (below 640 px), found by its subject. */
  card(subject: string): Locator {
    return this.main
      .getByRole("list", { name: /emails?, newest first/ })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name: subject, exact: true }) });
  }

  /** What the last retry did ("The email is queued to be sent again now."). */
  get notice(): Locator {
    return this.main.getByRole("status");
  }

  get noMailServer(): Locator {
    return this.main.getByText(/^No mail server is configured \(SMTP_URL\)/);
  }

  /** Presses the row's Retry and waits to come back to the list. */
  async retry(subject: string): Promise<void> {
    await this.row(subject).retryButton.click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.has("retry"));
  }

  /** Opens an email's own page from its subject. */
  async openEmail(subject: string): Promise<void> {
    await this.row(subject).subjectLink.click();
    await this.page.waitForURL(/\/admin\/outbox\/\d+$/);
    await this.waitForHydration();
  }
}
