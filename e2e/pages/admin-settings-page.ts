import { expect, type Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export type Helpline = { name: string; number: string; dial: string; description?: string };

/**
 * "/admin/settings": the crisis helplines (six rows, blank ones ignored), the escalation deadline,
 * the alert email's detail and the default reminder time, each a section with its own Save.
 */
export class AdminSettingsPage extends BasePage {
  readonly path = "/admin/settings";

  section(title: "Crisis helplines" | "Escalation deadline" | "Alert email" | "Default reminder time"): Locator {
    return this.main.getByRole("region", { name: title, exact: true });
  }

  /** "Saved." in a section after its save. */
  saved(title: Parameters<AdminSettingsPage["section"]>[0]): Locator {
    return this.section(title).getByRole("status");
  }

  /** Helpline row `n`, counted from 1. */
  helpline(n: number): Locator {
    return this.section("Crisis helplines").getByRole("group", { name: `Helpline ${n}`, exact: true });
  }

  async readHelpline(n: number): Promise<Helpline> {
    const row = this.helpline(n);
    return {
      name: await row.getByLabel("Name").inputValue(),
      number: await row.getByLabel("Number as shown").inputValue(),
      dial: await row.getByLabel("Number to dial").inputValue(),
      description: await row.getByLabel(/^When to call/).inputValue(),
    };
  }

  async fillHelpline(n: number, line: Helpline): Promise<void> {
    const row = this.helpline(n);
    await row.getByLabel("Name").fill(line.name);
    await row.getByLabel("Number as shown").fill(line.number);
    await row.getByLabel("Number to dial").fill(line.dial);
    await row.getByLabel(/^When to call/).fill(line.description ?? "");
  }

  async clearHelpline(n: number): Promise<void> {
    await this.fillHelpline(n, { name: "", number: "", dial: "", description: "" });
  }

  async saveHelplines(): Promise<void> {
    await this.section("Crisis helplines").getByRole("button", { name: "Save helplines" }).click();
    await expect(this.saved("Crisis helplines")).toHaveText("Saved.");
    await this.waitForHydration();
  }

  get escalationHours(): Locator {
    return this.section("Escalation deadline").getByLabel("Hours before an alert is escalated");
  }

  async saveEscalationHours(hours: string): Promise<void> {
    await this.escalationHours.fill(hours);
    await this.section("Escalation deadline").getByRole("button", { name: /^Save/ }).click();
  }

  alertEmailDetail(option: "Full" | "Minimal"): Locator {
    return this.section("Alert email").getByRole("radio", { name: option });
  }

  get reminderTime(): Locator {
    return this.section("Default reminder time").getByLabel("Remind patients at");
  }
}
