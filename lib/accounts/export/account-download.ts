import type { Role } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { localDate } from "@/lib/moods/local-date";
import { entriesCsv } from "./entries-csv";
import { exportOwnData } from "./export-own-data";
import type { AccountExport, PatientExport } from "./export-types";

type FileSpec = {
  /** The download's name before its date and extension. */
  stem: string;
  extension: string;
  contentType: string;
  roles: readonly Role[];
  render(data: AccountExport): string;
};

const FILES = {
  "miwell-data.json": {
    stem: "miwell-data",
    extension: "json",
    contentType: "application/json; charset=utf-8",
    roles: ["patient", "psychiatrist", "admin"],
    render: (data) => `${JSON.stringify(data, null, 2)}\n`,
  },
  "miwell-entries.csv": {
    stem: "miwell-entries",
    extension: "csv",
    contentType: "text/csv; charset=utf-8; header=present",
    roles: ["patient"],
    // Rendered only for a patient's export: the roles above are checked first.
    render: (data) => entriesCsv((data as PatientExport).entries),
  },
} satisfies Record<string, FileSpec>;

export type AccountFile = keyof typeof FILES;

export const DATA_FILE: AccountFile = "miwell-data.json";
export const ENTRIES_FILE: AccountFile = "miwell-entries.csv";

/** The files this role can download, by the name in their address (/account/data/<name>). */
export function filesFor(role: Role): AccountFile[] {
  return (Object.keys(FILES) as AccountFile[]).filter((name) => (FILES[name].roles as readonly Role[]).includes(role));
}

export function isAccountFile(name: string): name is AccountFile {
  return Object.hasOwn(FILES, name);
}

export type Download = { fileName: string; contentType: string; body: string };
export type DownloadResult = { ok: true; download: Download } | { ok: false; reason: "not-found" | "refused" };

/**
 * One of the caller's own files, named with the day it was made in their time zone
 * ("miwell-data-2026-06-10.json"). A file their role has no such thing for is not found; a
 * disabled or missing account is refused (see exportOwnData).
 */
export async function accountDownload(actor: Actor, file: string, now = new Date()): Promise<DownloadResult> {
  if (!isAccountFile(file)) return { ok: false, reason: "not-found" };
  const spec: FileSpec = FILES[file];
  const data = await exportOwnData(actor, now);
  if (!data) return { ok: false, reason: "refused" };
  if (!spec.roles.includes(data.role)) return { ok: false, reason: "not-found" };
  const day = localDate(now, data.profile.timezone);
  return { ok: true, download: { fileName: `${spec.stem}-${day}.${spec.extension}`, contentType: spec.contentType, body: spec.render(data) } };
}
