import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export type RoleName = "Any role" | "Patient" | "Psychiatrist" | "Admin";
export type StatusName = "Any status" | "Active" | "Awaiting approval" | "Disabled";

// The row's cells after its row header (the name), in the table's order of columns.
const COLUMNS = { email: 0, role: 1, status: 2, joined: 3 } as const;

/** One account's row in the people table, found by its name (the row's header). */
export class PersonRow {
  constructor(readonly root: Locator) {}

  cell(column: keyof typeof COLUMNS): Locator {
    return this.root.getByRole("cell").nth(COLUMNS[column]);
  }

  get nameLink(): Locator {
    return this.root.getByRole("rowheader").getByRole("link");
  }
}

/**
 * "/admin/people": every account, newest first, 25 a page, searched by name or email and
 * filtered by role and status through a GET form; each name opens the account's page.
 */
export class AdminPeoplePage extends BasePage {
  readonly path = "/admin/people";

  get searchForm(): Locator {
    return this.main.getByRole("search", { name: "Accounts" });
  }

  get searchBox(): Locator {
    return this.searchForm.getByRole("searchbox", { name: "Name or email" });
  }

  get roleSelect(): Locator {
    return this.searchForm.getByRole("combobox", { name: "Role" });
  }

  get statusSelect(): Locator {
    return this.searchForm.getByRole("combobox", { name: "Status" });
  }

  /** Searches with the form and waits for the results. */
  async search(options: { text?: string; role?: RoleName; status?: StatusName }): Promise<void> {
    await this.searchBox.fill(options.text ?? "");
    await this.roleSelect.selectOption({ label: options.role ?? "Any role" });
    await this.statusSelect.selectOption({ label: options.status ?? "Any status" });
    const before = this.page.url();
    await this.searchForm.getByRole("button", { name: "Search" }).click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.href !== before);
    await this.waitForHydration();
  }

  get table(): Locator {
    return this.main.getByRole("table", { name: /, newest first/ });
  }

  get rows(): Locator {
    return this.table.locator("tbody").getByRole("row");
  }

  row(name: string): PersonRow {
    return new PersonRow(this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) }));
  }

  /** "3 disabled patients matching “ann”, newest first." */
  get summary(): Locator {
    return this.main.getByText(/, newest first\./);
  }

  /** Said when nothing matches: "No patients matching “…”." */
  get noneMatch(): Locator {
    return this.main.getByText(/^No .+\.$/);
  }

  /** What the last change did (after removing an account, say). */
  get notice(): Locator {
    return this.main.getByRole("status");
  }

  get caseloadsLink(): Locator {
    return this.main.getByRole("link", { name: "Caseloads: patients per psychiatrist" });
  }

  /** Opens an account's page from its name in the list. */
  async openPerson(name: string): Promise<void> {
    await this.row(name).nameLink.click();
    await this.page.waitForURL(/\/admin\/people\/\d+$/);
    await this.waitForHydration();
  }
}
