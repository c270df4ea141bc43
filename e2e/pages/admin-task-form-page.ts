import type { Locator, Response } from "@playwright/test";
import { type TaskDetails, TaskFormPage } from "./library-page";

/**
 * "/admin/tasks/new" and "/admin/tasks/[id]/edit": the same task form psychiatrists use, with
 * the task's status and usage above it when editing; saving goes back to the admin's list.
 */
export class AdminTaskFormPage extends TaskFormPage {
  path = "/admin/tasks/new";

  override async openEdit(taskId: number): Promise<Response | null> {
    this.path = `/admin/tasks/${taskId}/edit`;
    return this.goto();
  }

  override async openNew(): Promise<Response | null> {
    this.path = "/admin/tasks/new";
    return this.goto();
  }

  /** "Patients have been given this task: …" on the edit page of a task that was shown or pinned. */
  get givenWarning(): Locator {
    return this.main.getByText(/^Patients have been given this task/);
  }

  /** Fills in the form and submits it; the action goes back to the admin's list, saying so. */
  override async save(task: Partial<TaskDetails>): Promise<void> {
    await this.fill(task);
    await this.submitButton.click();
    await this.page.waitForURL((url) => url.pathname === "/admin/tasks" && url.searchParams.has("done"));
    await this.waitForHydration();
  }
}
