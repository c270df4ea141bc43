import { LibraryCard, LibraryListPage } from "./library-list-page";

/**
 * "/admin/tasks": every mindfulness task, newest first, each an article named by its title with
 * its band, duration, author, status, how often it was given, and Edit / Deactivate or
 * Reactivate / Delete (only for a task nobody was given).
 */
export class AdminTasksPage extends LibraryListPage {
  readonly path = "/admin/tasks";
  readonly noun = "task";

  card(title: string): LibraryCard {
    return new LibraryCard(this.list.getByRole("article", { name: title, exact: true }));
  }

  /** "Written by Alex Morgan" or "From the charity's library", on the card's line with its band. */
  authorOf(title: string) {
    return this.card(title).root.getByText(/(Written by .+|From the charity's library)$/);
  }
}
