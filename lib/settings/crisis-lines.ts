export type CrisisLine = { name: string; number: string; dial: string; description: string };

// The UK defaults; admins will be able to change them with the settings screen.
export const DEFAULT_CRISIS_LINES: readonly CrisisLine[] = [
  { name: "Samaritans", number: "116 123", dial: "116123", description: "Free, day or night, to talk about anything." },
  { name: "NHS 111, option 2", number: "111", dial: "111", description: "Urgent mental health help from the NHS: call 111 and choose option 2." },
  { name: "Emergency", number: "999", dial: "999", description: "If you are in danger or might act on thoughts of harming yourself." },
];

export async function crisisLines(): Promise<readonly CrisisLine[]> {
  return DEFAULT_CRISIS_LINES;
}
