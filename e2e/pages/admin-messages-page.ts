import { LibraryCard, LibraryListPage } from "./library-list-page";

/**
 * "/admin/messages": every daily message, newest first, each an article named by its words with
 * its status, how often it was shown, and Edit / Deactivate or Reactivate / Delete (only for a
 * message nobody was shown).
 */
export class AdminMessagesPage extends LibraryListPage {
  readonly path = "/admin/messages";
  readonly noun = "message";

  card(text: string): LibraryCard {
    return new LibraryCard(this.list.getByRole("article", { name: text, exact: true }));
  }
}
