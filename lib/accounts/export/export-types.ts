import type { Role } from "@/db/schema";
import type { LocalDate } from "@/lib/moods/local-date";
import type { RuleKind, Severity } from "@/lib/risk/rule-kinds";

/** Names this layout of the download; raised when a field changes meaning or goes away. */
export const EXPORT_FORMAT = "miwell-account-export";
export const EXPORT_FORMAT_VERSION = 1;

/** What every role's download holds about the account itself. */
export type AccountProfile = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  timezone: string;
  accountCreatedAt: Date;
};

export type PatientProfile = AccountProfile & {
  postcode: string;
  medicalNotes: string | null;
  emergencyContact: { name: string | null; phone: string | null };
  reminders: { optIn: boolean; time: string | null };
  /** The psychiatrist looking after them, by name, as their pages show. */
  psychiatrist: string;
};

export type PsychiatristProfile = AccountProfile & {
  postcode: string;
  registrationNumber: string;
  bio: string;
  acceptingNewPatients: boolean;
  approvedAt: Date | null;
};

/** The values an entry had before one edit, and when they were replaced. */
export type ExportRevision = { mood: number; moodWord: string; note: string | null; minutes: number; replacedAt: Date };

export type ExportReply = { text: string; writtenAt: Date; editedAt: Date | null; author: string | null };

export type ExportEntry = {
  date: LocalDate;
  mood: number;
  moodWord: string;
  note: string | null;
  minutes: number;
  task: { title: string; doneAt: Date | null } | null;
  message: string | null;
  createdAt: Date;
  updatedAt: Date;
  reviewedAt: Date | null;
  /** Oldest first. */
  revisions: ExportRevision[];
  reply: ExportReply | null;
};

export type ExportTask = { title: string; durationMinutes: number; instructions: string };
export type PinnedExportTask = ExportTask & { pinnedAt: Date };
export type ShownExportTask = ExportTask & { timesShown: number; firstShownOn: LocalDate; lastShownOn: LocalDate };

export type ExportAlert = {
  rule: RuleKind;
  severity: Severity;
  reason: string;
  /** The copy the alert keeps of what raised it (kept even if the entry was deleted since). */
  entryDate: LocalDate | null;
  mood: number | null;
  note: string | null;
  status: "open" | "acknowledged" | "resolved";
  raisedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  resolution: string | null;
};

/** A reply a psychiatrist wrote; the patient is named by id only, never by name or note. */
export type ExportWrittenReply = { text: string; writtenAt: Date; editedAt: Date | null; entryDate: LocalDate; patientId: number };

type Envelope<R extends Role> = { format: typeof EXPORT_FORMAT; version: typeof EXPORT_FORMAT_VERSION; exportedAt: Date; role: R };

export type PatientExport = Envelope<"patient"> & {
  profile: PatientProfile;
  /** Oldest day first. */
  entries: ExportEntry[];
  tasks: { pinned: PinnedExportTask[]; shown: ShownExportTask[] };
  alerts: ExportAlert[];
};

export type PsychiatristExport = Envelope<"psychiatrist"> & { profile: PsychiatristProfile; replies: ExportWrittenReply[] };

export type AdminExport = Envelope<"admin"> & { profile: AccountProfile };

export type AccountExport = PatientExport | PsychiatristExport | AdminExport;
