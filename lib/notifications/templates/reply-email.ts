import { formatDay, type LocalDate } from "@/lib/moods/local-date";
import { appUrl } from "../app-url";
import { renderEmail } from "../email-html";

/** Tells a patient their psychiatrist replied; the reply itself stays behind sign-in. */
export function replyEmail(input: { firstName: string; psychiatristName: string; entryDate: LocalDate }) {
  return {
    subject: "Your psychiatrist replied to your check-in",
    ...renderEmail([
      { paragraph: `Hello ${input.firstName},` },
      { paragraph: `${input.psychiatristName} replied to your check-in for ${formatDay(input.entryDate)}.` },
      { link: ["Read it in MiWell", appUrl("/journal")] },
    ]),
  };
}
