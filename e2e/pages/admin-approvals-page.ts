import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** What the form says next to the reason when it is missing, too short or too long. */
export const REJECTION_REASON_ERROR = "Give the applicant a reason, in 10 to 1000 characters";

/**
 * One application's card, named by the applicant: email, phone, BACP number, when they applied,
 * their bio, an Approve button and a Reject form with its reason.
 */
export class ApplicationCard {
  constructor(readonly root: Locator) {}

  /** The value beside "Email", "Phone", "BACP membership number" or "Applied". */
  detail(name: "Email" | "Phone" | "BACP membership number" | "Applied"): Locator {
    // A <dd> has no role of its own, so the term's next sibling is found with XPath.
    return this.root.getByText(name, { exact: true }).locator("xpath=following-sibling::dd[1]");
  }

  get bio(): Locator {
    return this.root.getByRole("heading", { name: "Bio" }).locator("xpath=following-sibling::p[1]");
  }

  get approveButton(): Locator {
    return this.root.getByRole("button", { name: /^Approve/ });
  }

  get reasonBox(): Locator {
    return this.root.getByRole("textbox", { name: "Reason for rejecting" });
  }

  get rejectButton(): Locator {
    return this.root.getByRole("button", { name: /^Reject/ });
  }

  get reasonError(): Locator {
    return this.root.getByText(REJECTION_REASON_ERROR, { exact: true });
  }

  /** Approves and waits for the page to come back saying what happened. */
  async approve(): Promise<void> {
    await this.approveButton.click();
    await this.root.page().waitForURL((url) => url.searchParams.has("decision"));
  }

  /** Writes a reason and submits it, without waiting: it may be refused. */
  async submitRejection(reason: string): Promise<void> {
    await this.reasonBox.fill(reason);
    await this.rejectButton.click();
  }

  async reject(reason: string): Promise<void> {
    await this.submitRejection(reason);
    await this.root.page().waitForURL((url) => url.searchParams.get("decision") === "rejected");
  }
}

/** "/admin/approvals": psychiatrists waiting for a decision, oldest first, each as a card. */
export class AdminApprovalsPage extends BasePage {
  readonly path = "/admin/approvals";

  get applications(): Locator {
    return this.main.getByRole("list", { name: "Applications waiting" }).getByRole("article");
  }

  application(name: string): ApplicationCard {
    return new ApplicationCard(this.main.getByRole("article", { name, exact: true }));
  }

  /** "3 applications waiting, oldest first." */
  get summary(): Locator {
    return this.main.getByText(/^\d+ applications? waiting, oldest first\./);
  }

  /** What the last decision did ("Approved. …", "Application rejected. …"). */
  get notice(): Locator {
    return this.main.getByRole("status");
  }
}
