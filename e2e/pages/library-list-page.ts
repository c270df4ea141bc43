import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export type LibraryFilterName = "All" | "Active" | "Deactivated";

/**
 * One task or message on an admin's list: its status badge ("Active" or "Deactivated"), how often
 * patients were given it ("Shown 12 times", "Never shown"), and its buttons. Delete is there only
 * for an item no patient was given.
 */
export class LibraryCard {
  constructor(readonly root: Locator) {}

  get status(): Locator {
    return this.root.getByText(/^(Active|Deactivated)$/);
  }

  get usage(): Locator {
    return this.root.getByText(/^(Shown|Never shown)/);
  }

  get editLink(): Locator {
    return this.root.getByRole("link", { name: /^Edit/ });
  }

  get deactivateButton(): Locator {
    return this.root.getByRole("button", { name: /^Deactivate/ });
  }

  get reactivateButton(): Locator {
    return this.root.getByRole("button", { name: /^Reactivate/ });
  }

  get deleteLink(): Locator {
    return this.root.getByRole("link", { name: /^Delete/ });
  }

  /** The item's id, read from its Edit link (/admin/tasks/12/edit). */
  async id(): Promise<number> {
    const href = await this.editLink.getAttribute("href");
    return Number(/\/(\d+)\/edit$/.exec(href ?? "")?.[1]);
  }
}

/**
 * What "/admin/tasks" and "/admin/messages" share: newest first, 20 a page, a search box, tabs by
 * status with their counts, and what the last change did.
 */
export abstract class LibraryListPage extends BasePage {
  /** "task" or "message", as the page names its items. */
  abstract readonly noun: string;

  /** A card's locator, found by the item's title or words. */
  abstract card(name: string): LibraryCard;

  get addLink(): Locator {
    return this.main.getByRole("link", { name: `Add a ${this.noun}`, exact: true });
  }

  /** What the last change did, e.g. "The task is deactivated: …". */
  get notice(): Locator {
    return this.main.getByRole("status");
  }

  get list(): Locator {
    return this.main.getByRole("list", { name: `${this.noun[0].toUpperCase()}${this.noun.slice(1)}s`, exact: true });
  }

  get cards(): Locator {
    return this.list.getByRole("article");
  }

  get searchBox(): Locator {
    return this.main.getByRole("searchbox", { name: `Search ${this.noun}s` });
  }

  /** Searches the list and waits for the results. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.main.getByRole("search").getByRole("button", { name: "Search" }).click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get("q") === text.trim());
    await this.waitForHydration();
  }

  filterLink(name: LibraryFilterName): Locator {
    return this.main.getByRole("navigation", { name: `Which ${this.noun}s` }).getByRole("link", { name: new RegExp(`^${name} \\(`) });
  }

  /** Shows only the items in one status (or all), and waits for that view. */
  async filter(name: LibraryFilterName): Promise<void> {
    await this.filterLink(name).click();
    const status = { All: null, Active: "active", Deactivated: "inactive" }[name];
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get("status") === status);
    await this.waitForHydration();
  }

  /** Presses a card's Deactivate or Reactivate and waits to come back to the list, told what happened. */
  async press(button: Locator): Promise<void> {
    await button.click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.has("done"));
    await this.waitForHydration();
  }

  /** Opens a card's edit page. */
  async openEdit(card: LibraryCard): Promise<void> {
    await card.editLink.click();
    await this.page.waitForURL((url) => new RegExp(`^${this.path}/\\d+/edit$`).test(url.pathname));
    await this.waitForHydration();
  }

  /** Opens a card's delete page. */
  async openDelete(card: LibraryCard): Promise<void> {
    await card.deleteLink.click();
    await this.page.waitForURL((url) => new RegExp(`^${this.path}/\\d+/delete$`).test(url.pathname));
    await this.waitForHydration();
  }
}
