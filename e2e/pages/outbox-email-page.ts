import type { Locator, Response } from "@playwright/test";
import { BasePage } from "./base-page";

/**
 * "/admin/outbox/[id]": one email, headed by its subject: status, recipient, times, the last
 * error, a "Retry sending" button while failed or unsent, every attempt, and the email's text.
 */
export class OutboxEmailPage extends BasePage {
  path = "/admin/outbox/0";

  async open(emailId: number): Promise<Response | null> {
    this.path = `/admin/outbox/${emailId}`;
    return this.goto();
  }

  /** The value beside a term of the details, e.g. "Status", "To", "Last error". */
  detail(term: "Status" | "To" | "Kind" | "Queued" | "Sent" | "Next attempt" | "Attempts" | "Last error"): Locator {
    // A <dd> has no role of its own, so the term's next sibling is found with XPath.
    return this.main.getByText(term, { exact: true }).locator("xpath=following-sibling::dd[1]");
  }

  get retryButton(): Locator {
    return this.main.getByRole("button", { name: /^Retry sending/ });
  }

  get notice(): Locator {
    return this.main.getByRole("status");
  }

  get noMailServer(): Locator {
    return this.main.getByText(/^No mail server is configured \(SMTP_URL\)/);
  }

  /** Each try at sending, newest first: its time, outcome and any error. */
  get attempts(): Locator {
    return this.main.getByRole("list", { name: "Attempts, newest first" }).getByRole("listitem");
  }

  get text(): Locator {
    return this.main.getByRole("heading", { name: "Text of the email" }).locator("xpath=following-sibling::pre[1]");
  }

  get outboxLink(): Locator {
    return this.main.getByRole("link", { name: "← Email outbox" });
  }
}
