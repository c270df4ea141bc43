import type { ExportEntry } from "./export-types";

/** Spreadsheets read a file as UTF-8 (emoji, accents) only when it starts with this mark. */
const BYTE_ORDER_MARK = "\uFEFF";

type Cell = string | number | Date | null;

const COLUMNS: readonly [string, (entry: ExportEntry) => Cell][] = [
  ["Date", (e) => e.date],
  ["Mood", (e) => e.mood],
  ["Mood word", (e) => e.moodWord],
  ["Note", (e) => e.note],
  ["Mindfulness minutes", (e) => e.minutes],
  ["Task shown", (e) => e.task?.title ?? null],
  ["Task done at", (e) => e.task?.doneAt ?? null],
  ["Message shown", (e) => e.message],
  ["Checked in at", (e) => e.createdAt],
  ["Last changed at", (e) => e.updatedAt],
  ["Reviewed at", (e) => e.reviewedAt],
  ["Times edited", (e) => e.revisions.length],
  ["Reply", (e) => e.reply?.text ?? null],
  ["Reply by", (e) => e.reply?.author ?? null],
  ["Reply written at", (e) => e.reply?.writtenAt ?? null],
  ["Reply edited at", (e) => e.reply?.editedAt ?? null],
];

/**
 * A spreadsheet would run a cell that starts like a formula (CSV injection): an apostrophe in
 * front makes it plain text, which is how spreadsheets themselves mark a literal.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function field(value: Cell): string {
  if (value === null) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return quoted(defused(text));
}

/** The patient's entries as CSV: a header row, one row per day (times in UTC, ISO 8601), CRLF line ends, UTF-8 with a byte order mark. */
export function entriesCsv(entries: readonly ExportEntry[]): string {
  const rows = [COLUMNS.map(([header]) => field(header)), ...entries.map((entry) => COLUMNS.map(([, cell]) => field(cell(entry))))];
  return BYTE_ORDER_MARK + rows.map((row) => row.join(",")).join("\r\n") + "\r\n";
}
