import { appUrl } from "../app-url";
import { renderEmail } from "../email-html";
import { accountMoment } from "./account-moment";

/**
 * To an account whose password was just changed, so that a change its owner did not make is
 * noticed: the owner may still be signed in nowhere, so the way back is through the charity.
 */
export function passwordChangedEmail(input: { firstName: string; at: Date; timeZone: string }): { subject: string; text: string; html: string } {
  return {
    subject: "Your MiWell password was changed",
    ...renderEmail([
      { paragraph: `Hello ${input.firstName},` },
      { paragraph: `The password of your MiWell account was changed on ${accountMoment(input.at, input.timeZone)}. Every other device signed in to your account was signed out.` },
      { paragraph: "If you changed it, there is nothing more to do." },
      {
        paragraph:
          "If you did not, someone else may know your password: please contact the charity straight away, so that we can lock your account and help you back in.",
      },
      { link: ["Sign in to MiWell", appUrl("/login")] },
    ]),
  };
}
