import type { Locator } from "@playwright/test";
import { BasePage } from "./base-page";

export const SUITED_HEADING = "Suited to your recent days";
export const MORE_HEADING = "More tasks";
export const PINNED_MARK = "Chosen for you by your psychiatrist";

/** The names the page gives each task's band ("5 minutes · Hard days (Very low, Distressed)"). */
export const BAND_NAMES = {
  low: "Hard days (Very low, Distressed)",
  middle: "In-between days (Low, Uneasy, Okay)",
  high: "Good days (Good, Great)",
} as const;

/** "/tasks": the mindfulness library, tasks suited to the patient's last week first. */
export class TasksPage extends BasePage {
  readonly path = "/tasks";

  /** "Over the last week you have felt around … so tasks for … come first." */
  get introduction(): Locator {
    return this.main.getByText(/come first\.$/);
  }

  /** The list under a heading: SUITED_HEADING or MORE_HEADING. */
  list(heading: string): Locator {
    return this.main.getByRole("heading", { name: heading, level: 2, exact: true }).locator("xpath=following-sibling::ul[1]");
  }

  get suitedTasks(): Locator {
    return this.list(SUITED_HEADING).getByRole("article");
  }

  get moreTasks(): Locator {
    return this.list(MORE_HEADING).getByRole("article");
  }

  /** Every task card on the page, in order. */
  get allTasks(): Locator {
    return this.main.getByRole("article");
  }

  /** A task's card, by its title. */
  task(title: string): Locator {
    return this.allTasks.filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  /** Inside a card: "5 minutes · Good days (Good, Great)". */
  durationLine(card: Locator): Locator {
    return card.getByText(/^\d+ minutes? · /);
  }

  pinnedMark(card: Locator): Locator {
    return card.getByText(PINNED_MARK, { exact: true });
  }

  /** The titles of the cards in a list, in order. */
  async titles(cards: Locator): Promise<string[]> {
    return cards.getByRole("heading", { level: 3 }).allInnerTexts();
  }
}
