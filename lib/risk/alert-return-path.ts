// The alert buttons and forms serve both /alerts and a patient's page (/patients/[id]): after a
// step the psychiatrist goes back to the screen they took it on, told what happened. Only these
// screens, so the form field can never send anyone elsewhere.
const RETURN_PATH = /^\/(?:alerts(?:\?show=all)?|patients\/[1-9]\d{0,15})$/;

/** Where to go after a step: the form's `returnTo` when it names /alerts or a patient's page, else /alerts. */
export function alertReturnPath(value: unknown): string {
  return typeof value === "string" && RETURN_PATH.test(value) ? value : "/alerts";
}

export const ALERT_NOTICES = {
  acknowledged: "Alert acknowledged. Resolve it with a note once it is dealt with.",
  "already-acknowledged": "That alert was already acknowledged.",
  resolved: "Alert resolved. Your note is kept with it.",
  "already-resolved": "That alert was already resolved: the first note of what was done stands.",
  "not-found": "That alert could not be found.",
} as const;

export type AlertNotice = keyof typeof ALERT_NOTICES;

/** The address to go back to, with what the step did (`?alert=…`) for the page to say. */
export function withAlertNotice(path: string, notice: AlertNotice): string {
  return `${path}${path.includes("?") ? "&" : "?"}alert=${notice}`;
}

/** The sentence for an `?alert=…` the page was given, or null for none (or one made up). */
export function alertNoticeText(value: unknown): string | null {
  return typeof value === "string" && Object.hasOwn(ALERT_NOTICES, value) ? ALERT_NOTICES[value as AlertNotice] : null;
}
