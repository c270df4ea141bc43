import type { Locator, Response } from "@playwright/test";
import { dayName, type MoodWord } from "../moods";
import { BasePage } from "./base-page";

/** "/journal": every entry, newest first, twenty to a page, each an article headed by its date. */
export class JournalPage extends BasePage {
  path = "/journal";

  /** Opens page `n` of the journal (1 is the newest). */
  async gotoPage(n: number): Promise<Response | null> {
    this.path = n === 1 ? "/journal" : `/journal?page=${n}`;
    return this.goto();
  }

  /** Every entry on this page, in the order shown. */
  get entries(): Locator {
    return this.main.getByRole("article");
  }

  /** The entry for a date ("2026-11-20"), found by its heading "Friday 20 November 2026". */
  entry(date: string): Locator {
    return this.main.getByRole("article", { name: dayName(date), exact: true });
  }

  /** The face's word in an entry. */
  entryMood(date: string, word: MoodWord): Locator {
    return this.entry(date).getByText(word, { exact: true });
  }

  /** The "Edited" mark on an entry that has earlier versions. */
  editedMark(date: string): Locator {
    return this.entry(date).getByText("Edited", { exact: true });
  }

  /** The psychiatrist's reply under an entry, headed "Reply from Amara Okafor" ("… (edited)" once changed). */
  replyHeading(date: string): Locator {
    return this.entry(date).getByRole("heading", { name: /^Reply from / });
  }

  /** The reply's words, as plain text. */
  replyText(date: string): Locator {
    return this.entry(date).locator("h3 + p");
  }

  /** "15 minutes of mindfulness · Task: Five senses (done)". */
  entryDetails(date: string): Locator {
    return this.entry(date).getByText(/^\d+ minutes? of mindfulness/);
  }

  /** The entry's "Edit" link, named for screen readers with the date ("Edit Friday 20 November 2026"). */
  editLink(date: string): Locator {
    return this.main.getByRole("link", { name: `Edit ${dayName(date)}`, exact: true });
  }

  deleteLink(date: string): Locator {
    return this.main.getByRole("link", { name: `Delete ${dayName(date)}`, exact: true });
  }

  /** "25 check-ins, newest first." */
  get total(): Locator {
    return this.main.getByText(/^\d+ check-ins?, newest first\.$/);
  }

  /** The number of entries the journal says it holds. */
  async totalCount(): Promise<number> {
    return Number.parseInt(await this.total.innerText(), 10);
  }

  /** Shown instead of entries when there are none. */
  get emptyNotice(): Locator {
    return this.main.getByText(/^Nothing here yet\./);
  }

  /** The notice after an edit or a delete ("Your entry was updated…", "The entry was deleted."). */
  get notice(): Locator {
    return this.main.getByRole("status");
  }

  get pagesNav(): Locator {
    return this.main.getByRole("navigation", { name: "Journal pages" });
  }

  /** "Page 1 of 2". */
  get pageIndicator(): Locator {
    return this.pagesNav.getByText(/^Page \d+ of \d+$/);
  }

  get olderLink(): Locator {
    return this.pagesNav.getByRole("link", { name: /Older/ });
  }

  get newerLink(): Locator {
    return this.pagesNav.getByRole("link", { name: /Newer/ });
  }
}
