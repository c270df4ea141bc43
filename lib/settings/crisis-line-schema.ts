import { z } from "zod";

export type CrisisLine = { name: string; number: string; dial: string; description: string };

export const CRISIS_LINES_MAX = 8;
export const CRISIS_LINE_LIMITS = { name: 60, number: 30, dial: 16, description: 200 } as const;

// The UK defaults, until an admin stores their own list. Frozen: every reader shares them.
export const DEFAULT_CRISIS_LINES: readonly CrisisLine[] = Object.freeze(
  [
    { name: "Samaritans", number: "116 123", dial: "116123", description: "Free, day or night, to talk about anything." },
    { name: "NHS 111, option 2", number: "111", dial: "111", description: "Urgent mental health help from the NHS: call 111 and choose option 2." },
    { name: "Emergency", number: "999", dial: "999", description: "If you are in danger or might act on thoughts of harming yourself." },
  ].map((line) => Object.freeze(line)),
);

function text(what: string, max: number) {
  const message = `Give the ${what} in 1 to ${max} characters`;
  return z.string({ error: message }).trim().min(1, message).max(max, message);
}

const DIAL_MESSAGE = "Give the number to dial as digits only, with a + in front for an international number";

export const crisisLineSchema = z.object({
  name: text("helpline's name", CRISIS_LINE_LIMITS.name),
  number: text("number as patients see it", CRISIS_LINE_LIMITS.number),
  // What the phone dials (a tel: link), so nothing but digits and a leading +.
  dial: z
    .string({ error: DIAL_MESSAGE })
    .trim()
    .regex(new RegExp(`^\\+?[0-9]{2,${CRISIS_LINE_LIMITS.dial - 1}}$`), DIAL_MESSAGE),
  description: z
    .string({ error: "Describe the helpline as text" })
    .trim()
    .max(CRISIS_LINE_LIMITS.description, `Keep the description to ${CRISIS_LINE_LIMITS.description} characters`),
});

// Patients must always have somewhere to turn, so the list is never empty.
export const crisisLinesSchema = z
  .array(crisisLineSchema, { error: "Give the helplines as a list" })
  .min(1, "Give at least one helpline: patients must always have someone to call")
  .max(CRISIS_LINES_MAX, `Give at most ${CRISIS_LINES_MAX} helplines`)
  // Patients tell the lines apart by name (and the panel lists them by it).
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((line, index) => {
      const key = line.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: "Another helpline already has this name", path: [index, "name"] });
      seen.add(key);
    });
  })
  .readonly();
