import { describe, expect, it } from "vitest";
import { csvRecords, parseCsv } from "@/lib/testing/csv";
import { entriesCsv } from "./entries-csv";
import type { ExportEntry } from "./export-types";

const HEADER = [
  "Date",
  "Mood",
  "Mood word",
  "Note",
  "Mindfulness minutes",
  "Task shown",
  "Task done at",
  "Message shown",
  "Checked in at",
  "Last changed at",
  "Reviewed at",
  "Times edited",
  "Reply",
  "Reply by",
  "Reply written at",
  "Reply edited at",
];

function entry(overrides: Partial<ExportEntry> = {}): ExportEntry {
  return {
    date: "2026-06-01",
    mood: 5,
    moodWord: "Okay",
    note: null,
    minutes: 0,
    task: null,
    message: null,
    createdAt: new Date("2026-06-01T08:30:00Z"),
    updatedAt: new Date("2026-06-01T08:30:00Z"),
    reviewedAt: null,
    revisions: [],
    reply: null,
    ...overrides,
  };
}

describe("entriesCsv", () => {
  it("starts with a byte order mark and a header row, and ends each row with CRLF", () => {
    const csv = entriesCsv([]);
    expect(csv).toBe(`\uFEFF${HEADER.join(",")}\r\n`);
  });

  it("writes one row per entry with every column, times in UTC and empty cells for what is missing", () => {
    const full = entry({
      date: "2026-06-02",
      mood: 2,
      moodWord: "Very low",
      note: "Slept badly",
      minutes: 15,
      task: { title: "Five senses", doneAt: new Date("2026-06-02T10:00:00Z") },
      message: "Small steps count.",
      updatedAt: new Date("2026-06-02T11:00:00Z"),
      reviewedAt: new Date("2026-06-03T09:00:00Z"),
      revisions: [
        { mood: 3, moodWord: "Low", note: null, minutes: 0, replacedAt: new Date("2026-06-02T11:00:00Z") },
        { mood: 4, moodWord: "Uneasy", note: null, minutes: 0, replacedAt: new Date("2026-06-02T11:00:00Z") },
      ],
      reply: { text: "Thank you for telling me.", author: "Dana Doctor", writtenAt: new Date("2026-06-03T09:05:00Z"), editedAt: null },
    });
    const [blank, filled] = csvRecords(entriesCsv([entry(), full]));
    expect(blank).toEqual({
      ...Object.fromEntries(HEADER.map((h) => [h, ""])),
      Date: "2026-06-01",
      Mood: "5",
      "Mood word": "Okay",
      "Mindfulness minutes": "0",
      "Checked in at": "2026-06-01T08:30:00.000Z",
      "Last changed at": "2026-06-01T08:30:00.000Z",
      "Times edited": "0",
    });
    expect(filled).toEqual({
      Date: "2026-06-02",
      Mood: "2",
      "Mood word": "Very low",
      Note: "Slept badly",
      "Mindfulness minutes": "15",
      "Task shown": "Five senses",
      "Task done at": "2026-06-02T10:00:00.000Z",
      "Message shown": "Small steps count.",
      "Checked in at": "2026-06-01T08:30:00.000Z",
      "Last changed at": "2026-06-02T11:00:00.000Z",
      "Reviewed at": "2026-06-03T09:00:00.000Z",
      "Times edited": "2",
      Reply: "Thank you for telling me.",
      "Reply by": "Dana Doctor",
      "Reply written at": "2026-06-03T09:05:00.000Z",
      "Reply edited at": "",
    });
  });

  it("quotes commas, quotes and line breaks (RFC 4180) and keeps emoji and accents as they are", () => {
    const notes = ['Tired, but "okay"', "line one\nline two\r\nline three", "Café with Zoë 😀🌧️", 'just "quotes"', "plain"];
    const csv = entriesCsv(notes.map((note) => entry({ note })));
    expect(csvRecords(csv).map((r) => r.Note)).toEqual(notes);
    expect(csv).toContain('"Tired, but ""okay"""');
    expect(csv).toContain(",plain,");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("puts an apostrophe before a cell a spreadsheet would read as a formula, and only then", () => {
    const risky = ["=SUM(A1:A9)", "+44 7700", "-1", "@cmd", "\tindent", "\rreturn", '=HYPERLINK("http://x.invalid","a, b")'];
    const safe = ["a=b", "1+1", "me@example.com", "'already"];
    const csv = entriesCsv([...risky, ...safe].map((note) => entry({ note })));
    expect(csvRecords(csv).map((r) => r.Note)).toEqual([...risky.map((n) => `'${n}`), ...safe]);
    // Free text in other columns is defused too: a task title or a reply is as much text as a note.
    const other = csvRecords(entriesCsv([entry({ message: "=1+2", reply: { text: "@here", author: "-x", writtenAt: new Date(0), editedAt: null } })]))[0];
    expect([other["Message shown"], other.Reply, other["Reply by"]]).toEqual(["'=1+2", "'@here", "'-x"]);
  });

  it("reads back as a rectangle: every row has the header's number of fields", () => {
    const rows = parseCsv(entriesCsv([entry({ note: "a,b\nc" }), entry()]));
    expect(rows.map((r) => r.length)).toEqual([HEADER.length, HEADER.length, HEADER.length]);
  });
});
