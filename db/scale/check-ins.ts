import { SEED_NOTES } from "../seed-check-ins";
import type { Random } from "./random";

// A second sentence now and then, so a year of notes does not repeat the same few lines.
const ASIDES = [
  "Early night, I think.", "Took my meds on time.", "Rained all day.", "Had a bath.", "Spoke to my sister.",
  "Ate properly today.", "Too much coffee.", "Work tomorrow.", "Walked the dog twice.", "Bit achy.",
  "Watched a film.", "Tidied the kitchen.", "Didn't go out.", "Saw a neighbour.", "Slept in.",
];
const MINUTES = [5, 5, 10, 10, 10, 15, 15, 20, 30, 45];

export type DayPlan = { day: number; mood: number; note: string | null; minutes: number; minuteOfDay: number };

/** How one patient tends to feel and use the app across the year. */
type Character = { baseline: number; swing: number; persistence: number; trend: number; missRate: number; noteRate: number; practiceRate: number; checkInMinute: number };

function characterOf(random: Random): Character {
  return {
    baseline: random.between(2.8, 5.8),
    swing: random.between(0.4, 1.2),
    persistence: random.between(0.3, 0.85),
    trend: random.between(-1, 1),
    missRate: random.between(0, 0.03),
    noteRate: random.between(0.4, 0.9),
    practiceRate: random.between(0.05, 0.8),
    checkInMinute: random.int(7 * 60, 22 * 60),
  };
}

function notesFor(mood: number): readonly string[] {
  if (mood <= 2) return SEED_NOTES.hard;
  if (mood === 3) return SEED_NOTES.low;
  if (mood <= 5) return SEED_NOTES.middling;
  return SEED_NOTES.good;
}

/**
 * One patient's check-ins over `days` days (0 is the first): a mood that wanders around a
 * baseline of their own, drifting over the year, with a few missed days. With `hardEnd`, the
 * last three days are at Low or below and none is missed: a patient who needs attention now.
 */
export function planDays(random: Random, days: number, hardEnd: boolean): DayPlan[] {
  const c = characterOf(random);
  const plans: DayPlan[] = [];
  let level = c.baseline;
  for (let day = 0; day < days; day++) {
    const hard = hardEnd && day >= days - 3;
    const target = c.baseline + c.trend * (day / days - 0.5);
    level = c.persistence * level + (1 - c.persistence) * target + (random.next() - 0.5) * 2 * c.swing;
    if (!hard && random.chance(c.missRate)) continue;
    const mood = hard ? random.int(1, 2) : Math.min(7, Math.max(1, Math.round(level)));
    let note: string | null = null;
    if (hard || random.chance(c.noteRate)) {
      note = random.pick(notesFor(mood));
      if (random.chance(0.3)) note = `${note} ${random.pick(ASIDES)}`;
    }
    const minutes = random.chance(c.practiceRate) ? random.pick(MINUTES) : 0;
    const minuteOfDay = Math.min(23 * 60 + 59, Math.max(0, c.checkInMinute + random.int(-60, 60)));
    plans.push({ day, mood, note, minutes, minuteOfDay });
  }
  return plans;
}
