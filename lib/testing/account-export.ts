// Builders for the data-export tests (lib/accounts/export and its route): a patient with a full
// history (entries, edits, replies, pins, shown tasks, alerts), and a second patient and
// psychiatrist whose data must never appear in the first one's download.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moodEntries, moodEntryRevisions, patientTasks } from "@/db/schema";
import { editReply, replyToEntry } from "@/lib/review/replies";
import { createPatient, createPsychiatrist } from "./accounts";
import { createAlert } from "./alerts";
import { createMessage, createTask } from "./library";
import { addEntry, assign } from "./review";

/** Notes a CSV must carry through unchanged: commas, quotes, line breaks, emoji and accents. */
export const TRICKY_NOTES = {
  commaAndQuotes: 'Tired, but "okay" today',
  lines: "First line\nsecond line\r\nthird line",
  emoji: "Café with Zoë 😀🌧️",
  formula: "=HYPERLINK(\"http://x.invalid\",\"click\")",
} as const;

/** What only the other patient and their psychiatrist wrote: none of it may reach anyone else's download. */
export const OTHER_PEOPLES_TEXT = {
  note: "Carol's own private note",
  revisedNote: "Carol's note before she changed it",
  reply: "Omar's reply to Carol",
  alertReason: "Carol's alert reason",
  resolution: "Omar phoned Carol",
  pinnedTask: "Carol's pinned task",
  shownTask: "Carol's shown task",
  message: "A message only Carol was shown",
} as const;

export type ExportWorld = {
  /** Dr Dana Doctor looks after Alice; Dr Omar Other looks after Carol. */
  doctor: number;
  other: number;
  alice: number;
  carol: number;
  aliceEntries: { hard: number; bright: number; plain: number };
  tasks: { calm: number; walk: number; pinned: number };
};

async function showTask(entryId: number, taskId: number, messageId: number | null, doneAt: Date | null = null): Promise<void> {
  await getDb().update(moodEntries).set({ taskId, messageId, taskDoneAt: doneAt }).where(eq(moodEntries.id, entryId));
}

async function addRevision(entryId: number, mood: number, note: string | null, revisedAt: Date): Promise<void> {
  await getDb().insert(moodEntryRevisions).values({ entryId, mood, note, mindfulnessMinutes: 0, revisedAt });
}

export async function exportWorld(): Promise<ExportWorld> {
  const doctor = await createPsychiatrist({ firstName: "Dana", lastName: "Doctor" });
  const other = await createPsychiatrist({ firstName: "Omar", lastName: "Other" });
  const alice = (
    await createPatient({
      firstName: "Alice",
      lastName: "Archer",
      medicalNotes: "Sertraline 50 mg",
      emergencyContactName: "Ann Archer",
      emergencyContactPhone: "+447700900123",
      remindersOptIn: true,
      reminderTime: "19:30",
    })
  ).userId;
  const carol = (await createPatient({ firstName: "Carol", lastName: "Cole" })).userId;
  await assign(alice, doctor);
  await assign(carol, other);

  const calm = await createTask("low", "Calm breathing");
  const walk = await createTask("high", "A short walk");
  const pinned = await createTask("middle", "Body scan");
  const message = await createMessage("Small steps count.");

  // Alice: a hard day (edited twice, replied to, then the reply edited; an alert resolved), a bright
  // day, a day without a note, and two days whose notes a CSV must take care with.
  const hard = await addEntry(alice, "2026-06-01", 2, { note: TRICKY_NOTES.commaAndQuotes, minutes: 10 });
  const bright = await addEntry(alice, "2026-06-02", 6, { note: TRICKY_NOTES.emoji, minutes: 5 });
  const plain = await addEntry(alice, "2026-06-03", 5);
  await addEntry(alice, "2026-06-04", 4, { note: TRICKY_NOTES.lines });
  await addEntry(alice, "2026-06-05", 5, { note: TRICKY_NOTES.formula });
  await showTask(hard, calm, message, new Date("2026-06-01T12:00:00Z"));
  await showTask(bright, walk, null);
  await addRevision(hard, 4, "First try", new Date("2026-06-01T09:00:00Z"));
  await addRevision(hard, 3, null, new Date("2026-06-01T10:00:00Z"));
  const reply = await replyToEntry({ id: doctor }, hard, "Thank you for telling me.", new Date("2026-06-02T09:00:00Z"));
  if (!reply.ok) throw new Error(reply.reason);
  await editReply({ id: doctor }, reply.replyId, "Thank you for telling me. Let's talk on Friday.", new Date("2026-06-02T10:00:00Z"));
  await getDb().insert(patientTasks).values({ patientId: alice, taskId: pinned, pinnedBy: doctor, pinnedAt: new Date("2026-05-30T09:00:00Z") });
  await createAlert({
    patientId: alice,
    entryId: hard,
    rule: "low_mood",
    severity: "high",
    reason: "Mood was Very low.",
    note: TRICKY_NOTES.commaAndQuotes,
    entryDate: "2026-06-01",
    status: "resolved",
    createdAt: new Date("2026-06-01T08:00:00Z"),
    acknowledgedBy: doctor,
    acknowledgedAt: new Date("2026-06-01T08:30:00Z"),
    resolvedBy: doctor,
    resolvedAt: new Date("2026-06-01T09:30:00Z"),
    resolution: "Called Alice; she is safe and has support tonight.",
  });
  await createAlert({ patientId: alice, rule: "silence", severity: "moderate", reason: "No check-in for 4 days.", createdAt: new Date("2026-06-08T08:00:00Z") });

  // Carol, Dr Other's patient, with one of everything.
  const carols = await addEntry(carol, "2026-06-01", 3, { note: OTHER_PEOPLES_TEXT.note });
  const carolsTask = await createTask("low", OTHER_PEOPLES_TEXT.shownTask);
  await showTask(carols, carolsTask, await createMessage(OTHER_PEOPLES_TEXT.message));
  await addRevision(carols, 5, OTHER_PEOPLES_TEXT.revisedNote, new Date("2026-06-01T09:00:00Z"));
  const carolsReply = await replyToEntry({ id: other }, carols, OTHER_PEOPLES_TEXT.reply);
  if (!carolsReply.ok) throw new Error(carolsReply.reason);
  await getDb().insert(patientTasks).values({ patientId: carol, taskId: await createTask("middle", OTHER_PEOPLES_TEXT.pinnedTask), pinnedBy: other });
  await createAlert({
    patientId: carol,
    entryId: carols,
    rule: "concerning_words",
    severity: "critical",
    reason: OTHER_PEOPLES_TEXT.alertReason,
    status: "resolved",
    resolvedBy: other,
    resolvedAt: new Date(),
    resolution: OTHER_PEOPLES_TEXT.resolution,
  });

  return { doctor, other, alice, carol, aliceEntries: { hard, bright, plain }, tasks: { calm, walk, pinned } };
}
