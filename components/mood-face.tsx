import { moodOf } from "@/lib/moods/scale";

/** A mood as patients know it: the face, and always its word beside it. */
export function MoodFace({ mood, size = "md" }: { mood: number; size?: "sm" | "md" | "lg" }) {
  const { face, word } = moodOf(mood);
  const faceSize = { sm: "text-xl", md: "text-3xl", lg: "text-5xl" }[size];
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className={`emoji ${faceSize}`}>
        {face}
      </span>
      <span className="font-medium">{word}</span>
    </span>
  );
}
