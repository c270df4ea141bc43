import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/admin": account counts, the psychiatrists awaiting approval and the way to the email outbox. */
export class AdminPage extends BasePage {
  readonly path = "/admin";

  get accountsHeading(): Locator {
    return this.main.getByRole("heading", { name: "Accounts", level: 2 });
  }

  get accountsTable(): Locator {
    return this.main.getByRole("table");
  }

  /** "Email outbox (2 failed or unsent)". */
  get outboxLink(): Locator {
    return this.main.getByRole("link", { name: /^Email outbox/ });
  }

  get awaitingApprovalHeading(): Locator {
    return this.main.getByRole("heading", { name: "Psychiatrists awaiting approval", level: 2 });
  }

  /** The row counting accounts of one role and status, e.g. ("patient", "active"). */
  accountRow(role: string, status: string): Locator {
    return this.accountsTable
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: role, exact: true }) })
      .filter({ has: this.page.getByRole("cell", { name: status, exact: true }) });
  }

  async accountCount(role: string, status: string): Promise<number> {
    const cells = await this.accountRow(role, status).getByRole("cell").allInnerTexts();
    return Number(cells.at(-1));
  }

  /** A psychiatrist in the awaiting-approval list, found by any text of theirs (name, email). */
  pendingPsychiatrist(text: string): Locator {
    return this.main.getByRole("listitem").filter({ hasText: text });
  }
}
