import { MOODS } from "@/lib/moods/scale";

/** The seven faces with their words, as patients see them when they check in. */
export function MoodPreview() {
  return (
    <ul aria-label="The seven moods you can choose from" className="mx-auto grid max-w-xl grid-cols-4 gap-2 sm:grid-cols-7">
      {MOODS.map((m) => (
        <li key={m.value} className="flex flex-col items-center rounded-lg bg-white px-1 py-2 shadow-sm">
          <span aria-hidden="true" className="emoji text-3xl">
            {m.face}
          </span>
          <span className="text-sm">{m.word}</span>
        </li>
      ))}
    </ul>
  );
}
