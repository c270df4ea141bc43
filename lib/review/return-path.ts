// The reply forms also serve the patient's page (/patients/[id]): after a reply the psychiatrist
// goes back to the screen they wrote it on. Only these two screens, so the form field can never
// send anyone elsewhere.
const RETURN_PATH = /^\/(?:review|patients\/[1-9]\d{0,15})$/;

/** Where to go after a reply: the form's `returnTo` when it names /review or a patient's page, else /review. */
export function replyReturnPath(value: unknown): string {
  return typeof value === "string" && RETURN_PATH.test(value) ? value : "/review";
}
