import { MOODS } from "@/lib/moods/scale";

/** The seven faces with their words, as patients see them when they check in. */
export function MoodPreview() {
  return (
    <ul aria-label="The seven moods you can choose from" className="flex flex-wrap justify-center gap-2">
      {MOODS.map((m) => (
        <li key={m.value} className="flex w-20 flex-col items-center rounded-lg bg-white px-1 py-2 shadow-sm">
          <span aria-hidden="true" className="text-3xl">
            {m.face}
          </span>
          <span className="text-sm">{m.word}</span>
        </li>
      ))}
    </ul>
  );
}
