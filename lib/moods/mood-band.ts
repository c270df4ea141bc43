import type { MoodValue } from "./scale";

// Tasks are written for a band of moods rather than one face: a task for a hard day suits
// both Very low and Distressed. The low band is also the one that shows crisis support.
export const MOOD_BANDS = ["low", "middle", "high"] as const;
export type MoodBand = (typeof MOOD_BANDS)[number];

export const BAND_LABELS: Record<MoodBand, string> = {
  low: "Hard days (Very low, Distressed)",
  middle: "In-between days (Low, Uneasy, Okay)",
  high: "Good days (Good, Great)",
};

// Written so that anything that is not a clear number lands in the low band: with a value
// that makes no sense, showing crisis support is the safer mistake.
export function moodBand(mood: MoodValue | number): MoodBand {
  if (mood >= 6) return "high";
  if (mood >= 3) return "middle";
  return "low";
}

/** Very low or Distressed: the patient is shown crisis support before anything else. */
export function needsCrisisSupport(mood: number): boolean {
  return moodBand(mood) === "low";
}
