import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export type HealthFigure = "Check-ins in the last 24 hours" | "Unresolved alerts" | "Escalated, not acknowledged" | "Median time to acknowledge";

/**
 * "/admin", the overview: the service's health in four figures, unreviewed check-ins by
 * psychiatrist, the first psychiatrists awaiting approval with the way to Approvals, the way to
 * the email outbox, and account counts.
 */
export class AdminPage extends BasePage {
  readonly path = "/admin";

  get healthHeading(): Locator {
    return this.main.getByRole("heading", { name: "Service health", level: 2 });
  }

  /** The number of a health figure, e.g. "12" or "20 min". */
  figure(label: HealthFigure): Locator {
    // A <dt> and its <dd> have no accessible relation, so the term's next sibling is found with XPath.
    return this.main.getByText(label, { exact: true }).locator("xpath=following-sibling::dd[1]");
  }

  /** The line under a figure's number saying what to make of it. */
  figureNote(label: HealthFigure): Locator {
    return this.main.getByText(label, { exact: true }).locator("xpath=following-sibling::dd[2]");
  }

  get backlogTable(): Locator {
    return this.main.getByRole("table", { name: /^Unreviewed check-ins by psychiatrist/ });
  }

  /** A psychiatrist's row: name, patients, unreviewed check-ins. */
  backlogRow(psychiatrist: string): Locator {
    return this.backlogTable.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: psychiatrist, exact: true }) });
  }

  get accountsHeading(): Locator {
    return this.main.getByRole("heading", { name: "Accounts", level: 2 });
  }

  get accountsTable(): Locator {
    return this.main.getByRole("table", { name: "Accounts by role and status" });
  }

  /** "Email outbox (2 failed or unsent)". */
  get outboxLink(): Locator {
    return this.main.getByRole("link", { name: /^Email outbox/ });
  }

  get awaitingApprovalHeading(): Locator {
    return this.main.getByRole("heading", { name: "Psychiatrists awaiting approval", level: 2 });
  }

  /** "Approvals (3 waiting)". */
  get approvalsLink(): Locator {
    return this.main.getByRole("link", { name: /^Approvals \(\d+ waiting\)$/ });
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

  /** A psychiatrist in the awaiting-approval list (the oldest few), found by any text of theirs (name, email). */
  pendingPsychiatrist(text: string): Locator {
    return this.main.getByRole("region", { name: "Psychiatrists awaiting approval" }).getByRole("listitem").filter({ hasText: text });
  }
}
