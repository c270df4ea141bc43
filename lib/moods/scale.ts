/** The seven moods, best to worst. A higher value is a better day; each face always has its word. */
export const MOODS = [
  { value: 7, face: "😀", word: "Great" },
  { value: 6, face: "🙂", word: "Good" },
  { value: 5, face: "😶", word: "Okay" },
  { value: 4, face: "😕", word: "Uneasy" },
  { value: 3, face: "😔", word: "Low" },
  { value: 2, face: "😢", word: "Very low" },
  { value: 1, face: "😡", word: "Distressed" },
] as const;

export type MoodValue = (typeof MOODS)[number]["value"];

/** The face and word for a stored mood value (1 Distressed … 7 Great). */
export function moodOf(value: number): (typeof MOODS)[number] {
  const mood = MOODS.find((m) => m.value === value);
  if (!mood) throw new RangeError(`no mood ${value}`);
  return mood;
}
