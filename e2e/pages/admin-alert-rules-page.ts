import { expect, type Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export type PreviewCounts = { now: number; changed: number };

/** One rule's card: its switch, parameters, Preview and Save, the preview beside them, and Reset. */
export class RuleCard {
  constructor(readonly root: Locator) {}

  /** "Status: On" or "Status: Off" ("On" or "Off" to the eye), beside the rule's name. */
  get state(): Locator {
    return this.root.getByText(/^Status: (On|Off)$/);
  }

  get enabled(): Locator {
    return this.root.getByRole("checkbox", { name: "Raise alerts with this rule" });
  }

  /** A parameter by its label, e.g. "Alert at this mood or lower". */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  get previewButton(): Locator {
    return this.root.getByRole("button", { name: /^(Preview|Previewing…) / });
  }

  get saveButton(): Locator {
    return this.root.getByRole("button", { name: /^(Save|Saving…) / });
  }

  /** What the last save or reset did ("Saved. …", "Back to the defaults …"). */
  get notice(): Locator {
    return this.root.getByRole("status").filter({ hasText: /^(Saved|Back to the defaults)/ });
  }

  get fieldErrors(): Locator {
    return this.root.locator("[id$='-error']");
  }

  get preview(): Locator {
    return this.root.getByRole("region", { name: /^Preview: the last \d+ days/ });
  }

  /** "With the change: 3 alerts. With the rules now: 5 alerts." */
  get previewSummary(): Locator {
    return this.preview.getByText(/^With the change: /);
  }

  get previewTable(): Locator {
    return this.preview.getByRole("table", { name: "Alerts by rule, now and with the change" });
  }

  /** A list of patients in the preview by its heading ("Fewer alerts with the change", "Alerted now", …). */
  patients(heading: string): Locator {
    return this.preview.locator("div").filter({ has: this.root.page().getByRole("heading", { name: heading, exact: true }) }).last().getByRole("listitem");
  }

  /** Presses Preview and waits for its answer. */
  async runPreview(): Promise<void> {
    await this.previewButton.click();
    await expect(this.previewSummary).toBeVisible({ timeout: 60_000 });
  }

  /** The counts of one rule's row ("Low mood") or of "All rules", now and with the change. */
  async previewCounts(rule: string): Promise<PreviewCounts> {
    const row = this.previewTable.getByRole("row").filter({ has: this.root.page().getByRole("rowheader", { name: rule }) });
    const [now, changed] = await row.getByRole("cell").allInnerTexts();
    return { now: Number(now), changed: Number(changed) };
  }

  /** Presses Save and waits for the page to come back saying so. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.notice).toHaveText(/^Saved\./);
  }

  /** Opens "Reset to defaults…" and confirms it. */
  async resetToDefaults(): Promise<void> {
    await this.root.getByText("Reset to defaults…").click();
    await this.root.getByRole("button", { name: /^Reset to defaults/ }).click();
    await expect(this.notice).toHaveText(/^Back to the defaults/);
  }
}

/** "/admin/alert-rules": each rule as a card named by the rule ("Low mood", "Silence", …). */
export class AdminAlertRulesPage extends BasePage {
  readonly path = "/admin/alert-rules";

  get cards(): Locator {
    return this.main.getByRole("list", { name: "Rules" }).getByRole("article");
  }

  rule(name: string): RuleCard {
    return new RuleCard(this.main.getByRole("article", { name, exact: true }));
  }
}
