// What the people screens say after a change: each lib function answers with an outcome, the
// action comes back with it in the address (`?notice=…&moved=…`), and the page reads it here.

/** Why a change was refused. Nothing was written when one of these is the answer. */
export const REFUSALS = ["not-allowed", "not-found", "no-psychiatrist", "last-admin", "not-removable", "psychiatrist-unavailable"] as const;
export type Refusal = (typeof REFUSALS)[number];

/** What a change did. */
export const DONE = ["disabled", "already-disabled", "enabled", "enabled-pending", "already-enabled", "moved", "already-theirs", "removed"] as const;
export type Done = (typeof DONE)[number];

export type Notice = Refusal | Done;

/** A change's answer: `moved` counts the patients it spread over other psychiatrists. */
export type ChangeResult = { ok: true; done: Done; moved: number } | { ok: false; reason: Refusal };

export const refused = (reason: Refusal): ChangeResult => ({ ok: false, reason });
export const done = (what: Done, moved = 0): ChangeResult => ({ ok: true, done: what, moved });

const patientsText = (n: number) => `${n} patient${n === 1 ? "" : "s"}`;

const TEXTS: Record<Notice, string> = {
  disabled: "The account is disabled: they are signed out at their next request and cannot sign in.",
  "already-disabled": "The account was already disabled.",
  enabled: "The account is enabled again: they can sign in.",
  "enabled-pending": "The account is enabled again and back among the psychiatrists awaiting approval.",
  "already-enabled": "The account was not disabled.",
  moved: "The patient has moved to their new psychiatrist.",
  "already-theirs": "The patient was already with that psychiatrist.",
  removed: "The account was removed.",
  "not-allowed": "Only an active admin can do that. Nothing was changed.",
  "not-found": "That account could not be found. Nothing was changed.",
  "no-psychiatrist":
    "Nothing was changed: no other psychiatrist could take their patients. Another approved psychiatrist must be active and accepting new patients first.",
  "last-admin": "Nothing was changed: this is the last active admin. Another admin account must be active first, so that someone can still run MiWell.",
  "not-removable": "A patient’s account is not removed here: disable it instead. Their check-ins stay with their psychiatrist.",
  "psychiatrist-unavailable": "Choose an active, approved psychiatrist. Nothing was changed.",
};

export const noticeText = (notice: Notice): string => TEXTS[notice];

/** The address to come back to with what a change did: the account's page, or the list after a removal. */
export function outcomeHref(userId: number | null, result: ChangeResult): string {
  const params = new URLSearchParams({ notice: result.ok ? result.done : result.reason });
  if (result.ok && result.moved > 0) params.set("moved", String(result.moved));
  const removed = result.ok && result.done === "removed";
  return `${userId === null || removed ? "/admin/people" : `/admin/people/${userId}`}?${params}`;
}

export type ShownNotice = { text: string; refusal: boolean };

/** The notice the address carries, with how many patients moved; null for anything unknown. */
export function noticeFrom(notice: unknown, moved: unknown): ShownNotice | null {
  if (typeof notice !== "string") return null;
  if ((REFUSALS as readonly string[]).includes(notice)) return { text: TEXTS[notice as Refusal], refusal: true };
  if (!(DONE as readonly string[]).includes(notice)) return null;
  const n = typeof moved === "string" && /^[1-9]\d{0,5}$/.test(moved) ? Number(moved) : 0;
  const spread = n > 0 ? ` Their ${patientsText(n)} moved to other psychiatrists by the assignment rule.` : "";
  return { text: TEXTS[notice as Done] + spread, refusal: false };
}
