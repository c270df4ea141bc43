import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

// The row's cells after its row header (the psychiatrist's name).
const COLUMNS = { patients: 0, newPatients: 1, approved: 2 } as const;

/** "/admin/people/caseloads": how many patients each active psychiatrist has, and whether they take new ones. */
export class AdminCaseloadsPage extends BasePage {
  readonly path = "/admin/people/caseloads";

  get table(): Locator {
    return this.main.getByRole("table", { name: "Patients per active psychiatrist, by name" });
  }

  row(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }

  cell(name: string, column: keyof typeof COLUMNS): Locator {
    return this.row(name).getByRole("cell").nth(COLUMNS[column]);
  }

  /** Every psychiatrist listed with their patient count. */
  async caseloads(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const row of await this.table.locator("tbody").getByRole("row").all()) {
      counts.set((await row.getByRole("rowheader").innerText()).trim(), Number(await row.getByRole("cell").first().innerText()));
    }
    return counts;
  }
}
