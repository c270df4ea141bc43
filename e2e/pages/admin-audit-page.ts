import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

// The row's cells after its row header (the action), in the table's order of columns.
const COLUMNS = { time: 0, who: 1, outcome: 2, target: 3, patient: 4, address: 5 } as const;

/** One row of the trail, whose header is its action. */
export class AuditRowView {
  constructor(readonly root: Locator) {}

  cell(column: keyof typeof COLUMNS): Locator {
    return this.root.getByRole("cell").nth(COLUMNS[column]);
  }
}

export type AuditFilterValues = { actor?: string; patient?: string; action?: string; outcome?: "Allowed" | "Denied"; from?: string; to?: string };

/**
 * "/admin/audit": the audit trail, newest first, 50 a page, with a GET filter form (who acted,
 * patient, action, outcome, from and to days) and Newer/Older links.
 */
export class AdminAuditPage extends BasePage {
  readonly path = "/admin/audit";

  get form(): Locator {
    return this.main.getByRole("form", { name: "Filter the audit trail" });
  }

  get actorBox(): Locator {
    return this.form.getByRole("textbox", { name: "Who acted" });
  }

  get patientBox(): Locator {
    return this.form.getByRole("textbox", { name: "Patient" });
  }

  get actionSelect(): Locator {
    return this.form.getByRole("combobox", { name: "Action" });
  }

  get outcomeSelect(): Locator {
    return this.form.getByRole("combobox", { name: "Outcome" });
  }

  get fromBox(): Locator {
    return this.form.getByLabel("From");
  }

  get toBox(): Locator {
    return this.form.getByLabel("To", { exact: true });
  }

  /** Fills in the filter (leaving out what is not given), submits it and waits for the filtered trail. */
  async filter(values: AuditFilterValues): Promise<void> {
    if (values.actor !== undefined) await this.actorBox.fill(values.actor);
    if (values.patient !== undefined) await this.patientBox.fill(values.patient);
    if (values.action !== undefined) await this.actionSelect.selectOption(values.action);
    if (values.outcome !== undefined) await this.outcomeSelect.selectOption({ label: values.outcome });
    if (values.from !== undefined) await this.fromBox.fill(values.from);
    if (values.to !== undefined) await this.toBox.fill(values.to);
    await this.form.getByRole("button", { name: "Filter" }).click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.search.length > 0);
    await this.waitForHydration();
  }

  /** The message next to a field of the filter, by the field's label. */
  fieldError(label: "Who acted" | "Patient" | "From" | "To"): Locator {
    return this.form.getByLabel(label, { exact: true }).locator("xpath=following-sibling::p[1]");
  }

  get table(): Locator {
    return this.main.getByRole("table", { name: /^Audit trail, newest first/ });
  }

  /** The same rows on a phone, one card each. */
  get cards(): Locator {
    return this.main.getByRole("list", { name: /^Audit trail, newest first/ }).getByRole("listitem");
  }

  get rows(): Locator {
    return this.table.locator("tbody").getByRole("row");
  }

  /** The rows of one action. */
  rowsOf(action: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: action, exact: true }) });
  }

  row(action: string, index = 0): AuditRowView {
    return new AuditRowView(this.rowsOf(action).nth(index));
  }

  get noMatch(): Locator {
    return this.main.getByText("Nothing in the trail matches this filter.");
  }

  get olderLink(): Locator {
    return this.main.getByRole("navigation", { name: "Audit trail pages" }).getByRole("link", { name: "Older →" });
  }

  get newerLink(): Locator {
    return this.main.getByRole("navigation", { name: "Audit trail pages" }).getByRole("link", { name: "← Newer" });
  }
}
