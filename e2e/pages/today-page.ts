import { expect, type Locator, type Response } from "@playwright/test";
import { MOOD_WORDS, type MoodWord } from "../moods";
import { type CheckIn, CheckInFormPage } from "./check-in-form";

/** What today's saved entry shows. */
export type SavedEntry = { mood: MoodWord; note: string | null; minutes: number };

/**
 * "/today": the patient's home. Before today's check-in it is the check-in form; after it, the
 * entry, today's task and today's message, with the crisis panel first on a low day.
 */
export class TodayPage extends CheckInFormPage {
  readonly path = "/today";

  // --- Before checking in -------------------------------------------------------------------

  /** "Your psychiatrist, Amara Okafor, sees what you share here." */
  get psychiatristSentence(): Locator {
    return this.main.getByText(/^Your psychiatrist, .+, sees what you share here\.$/);
  }

  /** The legend over the faces. */
  get checkInQuestion(): Locator {
    return this.moodGroup.getByText("How are you feeling today?", { exact: true });
  }

  get submitButton(): Locator {
    return this.main.getByRole("button", { name: /^(Check in|Save changes)$/ });
  }

  /** The assigned psychiatrist's full name as the page states it. */
  async psychiatristName(): Promise<string> {
    const sentence = (await this.psychiatristSentence.innerText()).replace(/\s+/g, " ");
    return /^Your psychiatrist, (.+?), sees/.exec(sentence)?.[1] ?? sentence;
  }

  /**
   * Fills in the check-in and submits it, then waits for the saved entry. A face alone is
   * enough: `checkIn({ mood: "Good" })` is the two taps.
   */
  async checkIn(checkIn: CheckIn & { mood: MoodWord }): Promise<void> {
    await this.fill(checkIn);
    await this.submit();
    await this.waitForSaved();
  }

  /** After a submit: the action redirects to "/today?saved=1", which shows the entry. */
  async waitForSaved(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get("saved") === "1");
    await expect(this.entry).toBeVisible();
  }

  // --- Editing today's entry ----------------------------------------------------------------

  get editLink(): Locator {
    return this.entry.getByRole("link", { name: "Edit today's check-in" });
  }

  /** On the edit form: the way back that changes nothing. */
  get keepAsItWasLink(): Locator {
    return this.main.getByRole("link", { name: "Keep it as it was" });
  }

  /** Opens the edit form straight from its address, as a reload or a bookmark would. */
  async gotoEdit(): Promise<Response | null> {
    const response = await this.page.goto(`${this.path}?edit=1`);
    await this.waitForHydration();
    return response;
  }

  /** Opens today's entry in the check-in form, filled in, by its Edit button. */
  async openEdit(): Promise<void> {
    await this.editLink.click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get("edit") === "1");
    await expect(this.heading).toHaveText("Change today's check-in");
    await this.waitForHydration();
  }

  // --- After checking in --------------------------------------------------------------------

  /** Today's entry, named by its heading "Today you feel". */
  get entry(): Locator {
    return this.main.getByRole("article", { name: "Today you feel" });
  }

  /** The face's word in today's entry, e.g. entryMood("Good"). */
  entryMood(word: MoodWord): Locator {
    return this.entry.getByText(word, { exact: true });
  }

  /** "15 minutes of mindfulness". */
  get entryMinutes(): Locator {
    return this.entry.getByText(/^\d+ minutes? of mindfulness$/);
  }

  /** Reads the saved entry: the face's word, the message (null without one) and the minutes. */
  async savedEntry(): Promise<SavedEntry> {
    await expect(this.entry).toBeVisible();
    const lines = (await this.entry.innerText()).split("\n").map((line) => line.trim()).filter(Boolean);
    const moodAt = lines.findIndex((line) => (MOOD_WORDS as string[]).includes(line));
    const minutesAt = lines.findIndex((line) => /^\d+ minutes? of mindfulness$/.test(line));
    if (moodAt < 0 || minutesAt < 0) throw new Error(`today's entry reads oddly: ${JSON.stringify(lines)}`);
    const note = lines.slice(moodAt + 1, minutesAt).join("\n");
    return { mood: lines[moodAt] as MoodWord, note: note || null, minutes: Number.parseInt(lines[minutesAt], 10) };
  }

  /** Today's mindfulness task, under "Your task for today". */
  get taskCard(): Locator {
    return this.main.getByRole("article").filter({ hasText: "Your task for today" });
  }

  get taskTitle(): Locator {
    return this.taskCard.getByRole("heading", { level: 2 });
  }

  /** "About 5 minutes". */
  get taskDuration(): Locator {
    return this.taskCard.getByText(/^About \d+ minutes?$/);
  }

  get taskDoneButton(): Locator {
    return this.taskCard.getByRole("button", { name: "I've done it" });
  }

  get taskDoneNote(): Locator {
    return this.taskCard.getByText("Done. Well done for taking the time.");
  }

  /** Marks today's task done and waits for the card to say so. */
  async markTaskDone(): Promise<void> {
    await this.taskDoneButton.click();
    await expect(this.taskDoneNote).toBeVisible();
  }

  /** Today's message, an aside named "Today's message". */
  get messageCard(): Locator {
    return this.main.getByRole("complementary", { name: "Today's message" });
  }

  get messageText(): Locator {
    return this.messageCard.getByRole("paragraph");
  }

  // --- Crisis support -----------------------------------------------------------------------

  get crisisPanel(): Locator {
    return this.main.getByRole("region", { name: "You don't have to cope with this alone" });
  }

  /** The panel's "Call 116 123" links, in order. */
  get callLinks(): Locator {
    return this.crisisPanel.getByRole("link", { name: /^Call / });
  }
}
