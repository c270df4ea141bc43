import { expect, type Locator } from "@playwright/test";
import { MOOD_WORDS, type MoodWord } from "../moods";
import { BasePage } from "./base-page";

/** What a check-in says; anything left out is left as the form shows it. */
export type CheckIn = { mood?: MoodWord; note?: string; minutes?: number };

/** The slider moves in steps of this many minutes. */
export const MINUTES_STEP = 5;
export const NOTE_MAX = 280;

/**
 * The check-in form shared by Today (new and edit) and the journal's edit screen: seven faces as
 * a radio group, an optional message with a live count, and a minutes slider.
 */
export abstract class CheckInFormPage extends BasePage {
  /** The whole group of faces, named by its legend. */
  get moodGroup(): Locator {
    return this.main.getByRole("group").filter({ has: this.page.getByRole("radio") });
  }

  /** The faces' radios, best to worst, each named by its word. */
  get moodRadios(): Locator {
    return this.moodGroup.getByRole("radio");
  }

  /** One face, by the word written under it ("Low" is not "Very low"). */
  mood(word: MoodWord): Locator {
    return this.moodGroup.getByRole("radio", { name: word, exact: true });
  }

  get noteInput(): Locator {
    return this.main.getByRole("textbox", { name: /^A few words about (today|that day) \(optional\)$/ });
  }

  /** "12 of 280 characters" under the message. */
  get noteCount(): Locator {
    return this.main.getByText(/^\d+ of \d+ characters$/);
  }

  /** The range input, named by its label, which carries the value shown ("…today: 15"). */
  get minutesSlider(): Locator {
    return this.main.getByRole("slider", { name: /^Minutes of mindfulness (today|that day)/ });
  }

  /** The label with the slider's current value as a person sees it. */
  get minutesShown(): Locator {
    return this.main.getByText(/^Minutes of mindfulness (today|that day): \d+$/);
  }

  abstract get submitButton(): Locator;

  /** The submit button while the check-in is being saved. */
  get savingButton(): Locator {
    return this.main.getByRole("button", { name: "Saving…" });
  }

  /** The message about the whole form, inside <main> so Next's route announcer is never matched. */
  get formMessage(): Locator {
    return this.main.getByRole("alert");
  }

  /**
   * Taps a face. The radio itself is visually hidden and its card (the <label> around it, face
   * and word) takes the tap, so the tap goes to the label, as a finger's would.
   */
  async chooseMood(word: MoodWord): Promise<void> {
    await this.mood(word).locator("xpath=ancestor::label[1]").click();
    await expect(this.mood(word)).toBeChecked();
  }

  async typeNote(text: string): Promise<void> {
    await this.noteInput.fill(text);
  }

  /**
   * Sets the minutes with the keyboard, as someone who cannot drag would: focus the slider,
   * Home to go to 0, then one ArrowRight per step.
   */
  async setMinutes(minutes: number): Promise<void> {
    if (minutes % MINUTES_STEP !== 0) throw new RangeError(`the slider moves in steps of ${MINUTES_STEP}: ${minutes}`);
    await this.minutesSlider.focus();
    await this.page.keyboard.press("Home");
    for (let i = 0; i < minutes / MINUTES_STEP; i += 1) await this.page.keyboard.press("ArrowRight");
    await expect(this.minutesSlider).toHaveValue(String(minutes));
  }

  /** Fills in what is given, leaving the rest; does not submit. */
  async fill(checkIn: CheckIn): Promise<void> {
    if (checkIn.mood !== undefined) await this.chooseMood(checkIn.mood);
    if (checkIn.note !== undefined) await this.typeNote(checkIn.note);
    if (checkIn.minutes !== undefined) await this.setMinutes(checkIn.minutes);
  }

  /** Presses the submit button; the caller waits for where that leads. */
  async submit(): Promise<void> {
    await this.submitButton.click();
  }

  /** The word of the face that is chosen, or null when none is. */
  async chosenMood(): Promise<MoodWord | null> {
    for (const word of MOOD_WORDS) if (await this.mood(word).isChecked()) return word;
    return null;
  }

  /**
   * Holds every form POST to this screen's address (the server action) until the returned
   * function is called, so the pending state can be seen. After the release requests pass
   * straight through.
   */
  async holdSaving(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const matcher = (url: URL) => url.pathname === new URL(this.path, "http://x").pathname;
    await this.page.route(matcher, async (route) => {
      if (route.request().method() === "POST") await released;
      await route.continue();
    });
    return release;
  }
}
