import type { Locator, Response } from "@playwright/test";
import { BasePage } from "./base-page";

/** The band a task suits, as the "Suits" select names it. */
export const BAND_NAMES = {
  low: "Hard days (Very low, Distressed)",
  middle: "In-between days (Low, Uneasy, Okay)",
  high: "Good days (Good, Great)",
} as const;
export type Band = keyof typeof BAND_NAMES;

export type TaskDetails = { title: string; instructions: string; durationMinutes: number; band: Band };

/** "/library": the shared task library, the psychiatrist's own tasks first, each with "Edit". */
export class LibraryPage extends BasePage {
  readonly path = "/library";

  get addTaskLink(): Locator {
    return this.main.getByRole("link", { name: "Add a task", exact: true });
  }

  /** "The task is saved in the library." after adding or editing. */
  get notice(): Locator {
    return this.main.getByRole("status");
  }

  /** Every task, in the order shown. */
  get tasks(): Locator {
    return this.main.getByRole("listitem");
  }

  task(title: string): Locator {
    return this.tasks.filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  /** The tasks' titles in the order shown. */
  async titles(): Promise<string[]> {
    return (await this.tasks.getByRole("heading", { level: 2 }).allInnerTexts()).map((t) => t.trim());
  }

  /** "Written by you", "Written by Amara Okafor" or "From the charity's library". */
  authorOf(title: string): Locator {
    return this.task(title).getByText(/^(Written by |From the charity)/);
  }

  /** "Edit", named for screen readers with the title; only on the psychiatrist's own tasks. */
  editLink(title: string): Locator {
    return this.task(title).getByRole("link", { name: `Edit ${title}`, exact: true });
  }

  /** Waits for the library after a save ("/library?saved=1"). */
  async waitForSaved(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get("saved") === "1");
    await this.waitForHydration();
  }
}

/** "/library/new" and "/library/[id]/edit": the task form. */
export class TaskFormPage extends BasePage {
  path = "/library/new";

  /** Opens the edit form of task `id`; someone else's task answers 403. */
  async openEdit(taskId: number): Promise<Response | null> {
    this.path = `/library/${taskId}/edit`;
    return this.goto();
  }

  async openNew(): Promise<Response | null> {
    this.path = "/library/new";
    return this.goto();
  }

  get titleField(): Locator {
    return this.main.getByRole("textbox", { name: /^Title/ });
  }

  get instructionsField(): Locator {
    return this.main.getByRole("textbox", { name: /^Instructions/ });
  }

  get durationField(): Locator {
    return this.main.getByRole("spinbutton", { name: /^Duration in minutes/ });
  }

  get suitsSelect(): Locator {
    return this.main.getByRole("combobox", { name: /^Suits/ });
  }

  get submitButton(): Locator {
    return this.main.getByRole("button", { name: /^(Add to the library|Save changes)$/ });
  }

  async fill(task: Partial<TaskDetails>): Promise<void> {
    if (task.title !== undefined) await this.titleField.fill(task.title);
    if (task.instructions !== undefined) await this.instructionsField.fill(task.instructions);
    if (task.durationMinutes !== undefined) await this.durationField.fill(String(task.durationMinutes));
    if (task.band !== undefined) await this.suitsSelect.selectOption({ label: BAND_NAMES[task.band] });
  }

  /** Fills in the form and submits it; the action redirects to the library. */
  async save(task: Partial<TaskDetails>): Promise<void> {
    await this.fill(task);
    await this.submitButton.click();
    await this.page.waitForURL((url) => url.pathname === "/library" && url.searchParams.get("saved") === "1");
  }
}
