import { appUrl } from "../app-url";
import { renderEmail } from "../email-html";

/**
 * The daily nudge. It says nothing about the patient's health (email is read on shared screens)
 * and carries a one-click unsubscribe link, in the body and in the List-Unsubscribe headers.
 */
export function reminderEmail(input: { firstName: string; token: string }) {
  const pageUrl = appUrl(`/unsubscribe?token=${input.token}`);
  const oneClickUrl = appUrl(`/api/unsubscribe?token=${input.token}`);
  return {
    subject: "A moment for your MiWell check-in",
    ...renderEmail([
      { paragraph: `Hello ${input.firstName},` },
      { paragraph: "You have not checked in today yet. It takes a few taps." },
      { link: ["Check in now", appUrl("/today")] },
      { paragraph: "You get this email because you asked for a daily reminder." },
      { link: ["Stop these reminders", pageUrl] },
    ]),
    headers: {
      "List-Unsubscribe": `<${oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
