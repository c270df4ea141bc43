import type { Locator } from "@playwright/test";
import { AlertCard } from "./alert-card";
import { BasePage } from "./base-page";

/**
 * "/alerts": the alerts about the psychiatrist's own patients, the unresolved first (open, then
 * acknowledged; the most severe, then the oldest), or every alert with "All, with resolved".
 * Each is an article named by the patient and the rule ("Casey Morgan Low mood").
 */
export class AlertsPage extends BasePage {
  path = "/alerts";

  /** The header's link, named with the count of unresolved alerts: "Alerts (2)". */
  get alertsLink(): Locator {
    return this.mainNavigation.getByRole("link", { name: /^Alerts/ });
  }

  get cards(): Locator {
    return this.main.getByRole("list", { name: /alerts$/ }).getByRole("article");
  }

  card(patientName: string, rule: string): AlertCard {
    return new AlertCard(this.main.getByRole("article", { name: `${patientName} ${rule}`, exact: true }));
  }

  /** "2 unresolved alerts: open ones first, …" */
  get summary(): Locator {
    return this.main.getByText(/^\d+ (unresolved )?alerts?: /);
  }

  get emptyHeading(): Locator {
    return this.main.getByRole("heading", { name: "No open alerts" });
  }

  /** What the last step did ("Alert acknowledged. …", "Alert resolved. …"). */
  get notice(): Locator {
    return this.main.getByRole("status");
  }

  filterLink(name: "Unresolved" | "All, with resolved"): Locator {
    return this.main.getByRole("navigation", { name: "Which alerts" }).getByRole("link", { name });
  }

  /** Opens every alert, resolved ones included. */
  async gotoAll(): Promise<void> {
    this.path = "/alerts?show=all";
    try {
      await this.goto();
    } finally {
      this.path = "/alerts";
    }
  }
}
