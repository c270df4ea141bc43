import type { Locator, Response } from "@playwright/test";
import { dayName } from "../moods";
import { AlertCard } from "./alert-card";
import { BasePage } from "./base-page";

/**
 * "/patients/[id]": one of the psychiatrist's patients. Contact details and medical notes, the
 * mood chart the patient sees, the tasks pinned for them (with a select to pin another and an
 * "Unpin" button on each), and their check-ins with replies, newest first.
 */
export class PatientPage extends BasePage {
  path = "/patients/0";

  /** Opens the record of patient `id` and returns the response (403 for someone else's patient). */
  async open(patientId: number): Promise<Response | null> {
    this.path = `/patients/${patientId}`;
    return this.goto();
  }

  get caseloadLink(): Locator {
    return this.main.getByRole("link", { name: "← Caseload" });
  }

  // --- Requires assistance ------------------------------------------------------------------

  /** At the top while the patient has unresolved alerts, one card each. */
  get assistance(): Locator {
    return this.main.getByRole("region", { name: "Requires assistance" });
  }

  /** An unresolved alert's card, named by its rule ("Concerning words in the note"). */
  assistanceCard(rule: string): AlertCard {
    return new AlertCard(this.assistance.getByRole("article", { name: rule, exact: true }));
  }

  /** What the last acknowledge or resolve did. */
  get alertNotice(): Locator {
    return this.main.getByRole("status").filter({ hasText: /^(Alert|That alert)/ });
  }

  // --- Contact and notes --------------------------------------------------------------------

  get contact(): Locator {
    return this.main.getByRole("region", { name: "Contact", exact: true });
  }

  /** The value beside a label in the contact list: "Phone", "Email", "Emergency contact"… */
  contactDetail(label: string): Locator {
    // A <dd> has no role of its own, so the term's next sibling is found with XPath.
    return this.contact.getByText(label, { exact: true }).locator("xpath=following-sibling::dd[1]");
  }

  get phoneLink(): Locator {
    // Told apart from the email link by its address only.
    return this.contact.locator('a[href^="tel:"]');
  }

  get emailLink(): Locator {
    return this.contact.locator('a[href^="mailto:"]');
  }

  get medicalNotes(): Locator {
    return this.main.getByRole("region", { name: "Medical notes", exact: true });
  }

  // --- Chart --------------------------------------------------------------------------------

  get chartSection(): Locator {
    return this.main.getByRole("region", { name: "Mood over the last 30 days" });
  }

  /** The mood chart, the same figure the patient sees on their progress page. */
  get chart(): Locator {
    return this.chartSection.getByRole("figure", { name: "Mood over the last 30 days" });
  }

  /** The chart's drawings, read out as summaries ("…average mood…"). */
  get chartImages(): Locator {
    return this.chart.getByRole("img");
  }

  // --- Pinned tasks -------------------------------------------------------------------------

  get tasksSection(): Locator {
    return this.main.getByRole("region", { name: "Pinned tasks" });
  }

  /** The pinned tasks, one list item each ("Body scan (Hard days (…), 5 min)" and an Unpin button). */
  get pinnedTasks(): Locator {
    return this.tasksSection.getByRole("listitem");
  }

  pinnedTask(title: string): Locator {
    return this.pinnedTasks.filter({ hasText: title });
  }

  /** "No task is pinned for Casey." */
  get noPinnedTask(): Locator {
    return this.tasksSection.getByText(/^No task is pinned for /);
  }

  /** The "Pin a task for <first name>" select. */
  pinSelect(firstName: string): Locator {
    return this.tasksSection.getByRole("combobox", { name: `Pin a task for ${firstName}`, exact: true });
  }

  get pinButton(): Locator {
    return this.tasksSection.getByRole("button", { name: "Pin task", exact: true });
  }

  /** "Unpin", named for screen readers with the task's title ("Unpin Body scan"). */
  unpinButton(title: string): Locator {
    return this.tasksSection.getByRole("button", { name: `Unpin ${title}`, exact: true });
  }

  /** What the last pin or unpin did. */
  get pinNotice(): Locator {
    return this.tasksSection.getByRole("status");
  }

  /** The select's options for a task, whose labels read "Title (5 min)". */
  pinOption(title: string): Locator {
    return this.tasksSection.getByRole("option", { name: new RegExp(`^${escapeRegExp(title)} \\(\\d+ min\\)$`) });
  }

  /** Chooses a task by its title and pins it; the page comes back with "?pin=pinned". */
  async pin(firstName: string, title: string): Promise<void> {
    const label = (await this.pinOption(title).innerText()).trim();
    await this.pinSelect(firstName).selectOption({ label });
    await this.pinButton.click();
    await this.page.waitForURL((url) => url.searchParams.get("pin") === "pinned");
  }

  async unpin(title: string): Promise<void> {
    await this.unpinButton(title).click();
    await this.page.waitForURL((url) => url.searchParams.get("pin") === "unpinned");
  }

  // --- Check-ins ----------------------------------------------------------------------------

  /** "Check-ins (12)". */
  get checkInsHeading(): Locator {
    return this.main.getByRole("heading", { name: /^Check-ins \(\d+\)$/ });
  }

  get checkIns(): Locator {
    return this.main.getByRole("region", { name: /^Check-ins \(/ }).getByRole("article");
  }

  /** A check-in by its date ("2026-11-20"), headed "Friday 20 November 2026". */
  checkIn(date: string): Locator {
    return this.main.getByRole("article", { name: dayName(date), exact: true });
  }

  /** "Reply from Amara Okafor", with " (edited)" once changed. */
  replyHeading(date: string): Locator {
    return this.checkIn(date).getByRole("heading", { name: /^Reply from / });
  }

  replyText(date: string): Locator {
    return this.checkIn(date).locator("h3 + p");
  }

  /** "Reply updated." or "Reply sent. …" after a reply from this page. */
  get replyNotice(): Locator {
    return this.main.getByRole("status").filter({ hasText: /^Reply / });
  }

  /** Opens "Edit your reply" under a check-in, replaces the text and saves it. */
  async editReply(date: string, patientName: string, text: string): Promise<void> {
    // The disclosure follows its check-in's card; its summary names the day for screen readers.
    await this.main.locator("summary").filter({ hasText: `Edit your reply to ${dayName(date)}` }).click();
    const box = this.main.getByRole("textbox", { name: `Edit your reply to ${patientName}` });
    await box.fill(text);
    await this.main.getByRole("button", { name: `Save reply to ${dayName(date)}` }).click();
    await this.page.waitForURL((url) => url.searchParams.has("edited"));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
