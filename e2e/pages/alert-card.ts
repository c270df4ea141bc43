import type { Locator } from "@playwright/test";

/** What the form says next to "What was done" when the note is empty or too long. */
export const RESOLUTION_ERROR = "Write what was done, in at most 1000 characters";

/**
 * One alert's card, on /alerts or in a patient's "Requires assistance" section: severity and
 * status badges (read out as "Severity: Critical", "Status: Open"), the reason, the copy of the
 * check-in, when it was raised, acknowledged and resolved and by whom, and the next steps.
 */
export class AlertCard {
  constructor(readonly root: Locator) {}

  get severity(): Locator {
    return this.root.getByText(/^Severity: \S/);
  }

  get status(): Locator {
    return this.root.getByText(/^Status: \S/);
  }

  /** The value beside "Raised", "Acknowledged" or "Resolved", e.g. "21 Nov 2026, 09:14 by Amara Okafor". */
  step(name: "Raised" | "Acknowledged" | "Resolved"): Locator {
    // A <dd> has no role of its own, so the term's next sibling is found with XPath.
    return this.root.getByText(name, { exact: true }).locator("xpath=following-sibling::dd[1]");
  }

  get escalation(): Locator {
    return this.root.getByText(/^Escalated to admins at /);
  }

  /** The note of what was done, once resolved. */
  get resolution(): Locator {
    return this.root.getByRole("heading", { name: "What was done" }).locator("xpath=following-sibling::p[1]");
  }

  get acknowledgeButton(): Locator {
    return this.root.getByRole("button", { name: /^Acknowledge/ });
  }

  get resolutionBox(): Locator {
    return this.root.getByRole("textbox", { name: "What was done" });
  }

  get resolveButton(): Locator {
    return this.root.getByRole("button", { name: /^Resolve/ });
  }

  get resolutionError(): Locator {
    return this.root.getByText(RESOLUTION_ERROR, { exact: true });
  }

  /** Acknowledges the alert and waits for the screen to come back saying so. */
  async acknowledge(): Promise<void> {
    await this.acknowledgeButton.click();
    await this.root.page().waitForURL((url) => url.searchParams.get("alert") === "acknowledged");
  }

  /** Writes what was done and submits it, without waiting: the note may be refused. */
  async submitResolution(text: string): Promise<void> {
    await this.resolutionBox.fill(text);
    await this.resolveButton.click();
  }

  async resolve(text: string): Promise<void> {
    await this.submitResolution(text);
    await this.root.page().waitForURL((url) => url.searchParams.get("alert") === "resolved");
  }
}
