import { describe, expect, it } from "vitest";
import type { JournalEntry } from "./journal";
import { journalCard } from "./journal-card";

const entry: JournalEntry = {
  id: 41,
  date: "2026-09-04",
  mood: 3,
  note: "Slept badly",
  minutes: 10,
  taskTitle: "Box breathing",
  taskDone: true,
  edited: false,
  reply: { id: 7, authorId: 12, text: "Thanks for writing.", authorName: "Dr Ada Okafor", createdAt: new Date("2026-09-04T10:00:00Z"), editedAt: null },
};

describe("a journal card, what the browser is sent of an entry", () => {
  it("writes out the day and keeps only what the card shows", () => {
    expect(journalCard(entry)).toEqual({
      id: 41,
      day: "Friday 4 September 2026",
      mood: 3,
      note: "Slept badly",
      minutes: 10,
      taskTitle: "Box breathing",
      taskDone: true,
      edited: false,
      reply: { authorName: "Dr Ada Okafor", text: "Thanks for writing.", edited: false },
    });
  });

  it("says a reply was edited, and leaves out a missing reply", () => {
    const editedAt = new Date("2026-09-05T08:00:00Z");
    expect(journalCard({ ...entry, reply: { ...entry.reply!, editedAt } }).reply?.edited).toBe(true);
    expect(journalCard({ ...entry, reply: null }).reply).toBeNull();
  });
});
