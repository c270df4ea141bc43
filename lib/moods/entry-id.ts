import { parseId } from "@/lib/forms/parse-id";

/** An entry id from a form or URL (see parseId). */
export const parseEntryId = parseId;

export const ENTRY_NOT_FOUND = "That entry could not be found.";
