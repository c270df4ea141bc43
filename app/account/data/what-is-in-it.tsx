import type { Role } from "@/db/schema";

const CONTENTS: Record<Role, string[]> = {
  patient: [
    "Your details: name, email, phone, time zone, postcode, medical notes, emergency contact, your reminder choice, the psychiatrist who looks after you, and when you joined.",
    "Every check-in: the day, your mood (1 Distressed to 7 Great, with its word), your note, your minutes of mindfulness, the task and message you were shown, when you checked in, when you last changed it and when it was reviewed.",
    "What each check-in said before every edit you made.",
    "Your psychiatrist's replies: what they wrote, who wrote it, and when it was written and edited.",
    "The tasks your psychiatrist chose for you, and every task you were shown, with how often and when.",
    "Alerts raised about you: what raised each one, how serious it was, when it was acknowledged and resolved, and the note your psychiatrist wrote when they resolved it.",
  ],
  psychiatrist: [
    "Your details: name, email, phone, time zone, postcode, BACP membership number, bio, whether you take new patients, when you were approved, and when you joined.",
    "Every reply you wrote: its text, when you wrote it and last edited it, the day of the check-in it answers, and the patient's reference number. Your patients' names and notes are theirs, so they are not in your download.",
  ],
  admin: ["Your details: name, email, phone, time zone, and when you joined."],
};

/** What the JSON download holds for this kind of account, in words. */
export function WhatIsInIt({ role }: { role: Role }) {
  return (
    <ul className="flex list-disc flex-col gap-2 pl-5">
      {CONTENTS[role].map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
