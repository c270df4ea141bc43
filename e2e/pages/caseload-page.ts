import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

/** "/caseload": an approved psychiatrist's own patients, those needing attention first. */
export class CaseloadPage extends BasePage {
  readonly path = "/caseload";

  get searchBox(): Locator {
    return this.main.getByRole("searchbox", { name: "Search by name" });
  }

  /** What the page says when the search finds none of the psychiatrist's patients. */
  get noMatch(): Locator {
    return this.main.getByText(/^No patients match “/);
  }

  get patientTable(): Locator {
    return this.main.getByRole("table", { name: /^Your patients/ });
  }

  /** The table's rows of patients, in the order shown (the header row has no row header). */
  get patients(): Locator {
    return this.patientTable.getByRole("row").filter({ has: this.page.getByRole("rowheader") });
  }

  patient(name: string): Locator {
    return this.patients.filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }

  async patientNames(): Promise<string[]> {
    return (await this.patientTable.getByRole("rowheader").allInnerTexts()).map((name) => name.trim());
  }

  /** The column header that sorts by it, e.g. "Last check-in"; its aria-sort says how the table is sorted. */
  columnHeader(name: string): Locator {
    return this.patientTable.getByRole("columnheader", { name });
  }

  /** Clicks a column header's link: its default direction first, reversed when clicked again. */
  async sortBy(column: string): Promise<void> {
    const before = this.page.url();
    await this.columnHeader(column).getByRole("link").click();
    await this.page.waitForURL((url) => url.href !== before);
  }

  async search(name: string): Promise<void> {
    await this.searchBox.fill(name);
    await this.main.getByRole("button", { name: "Search" }).click();
    await this.page.waitForURL(/[?&]q=/);
  }

  needsAttention(name: string): Locator {
    return this.patient(name).getByText("Needs attention", { exact: true });
  }

  /** The badge of a patient with an unresolved alert, shown instead of "Needs attention". */
  requiresAssistance(name: string): Locator {
    return this.patient(name).getByText("Requires assistance", { exact: true });
  }

  /** The "Unresolved alerts" cell of a patient's row (the fifth after the name). */
  unresolvedAlerts(name: string): Locator {
    return this.patient(name).getByRole("cell").nth(4);
  }

  /** The seven days' moods read out for a patient, e.g. "Mon: Low", "Tue: no check-in". */
  async trend(name: string): Promise<string[]> {
    const list = this.patient(name).getByRole("list", { name: `Last 7 days for ${name}` });
    return list.getByText(/^\w{3}: /).allTextContents();
  }

  async openPatient(name: string): Promise<void> {
    await this.patient(name).getByRole("link", { name }).click();
  }
}
