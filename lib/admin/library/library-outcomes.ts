import { type Failure, failure } from "@/lib/forms/action-result";
import type { ActiveResult, DeleteResult } from "./item-state";
import type { SaveResult } from "./library-save";
import type { LibraryKind, LibraryNotice } from "./library-view";

// What the admin's library actions tell the person after each step.

export const NOT_AN_ADMIN = "Only an active admin can change the library.";

export function missingText(kind: LibraryKind): string {
  return `That ${kind} is no longer in the library.`;
}

/** The form's answer to a save that did not happen: field messages, or what stopped it. */
export function saveFailure(kind: LibraryKind, result: Exclude<SaveResult, { ok: true }>): Failure {
  if (result.reason === "invalid") return failure(result.message, result.fieldErrors);
  return failure(result.reason === "refused" ? NOT_AN_ADMIN : missingText(kind));
}

/** What the list says after Deactivate or Reactivate. */
export function activeNotice(result: ActiveResult, active: boolean): LibraryNotice {
  if (result === "changed") return active ? "reactivated" : "deactivated";
  return result === "unchanged" ? "unchanged" : "not-found";
}

/** What the list says after Delete. */
export function deleteNotice(result: DeleteResult): LibraryNotice {
  return result === "refused" ? "not-found" : result;
}
