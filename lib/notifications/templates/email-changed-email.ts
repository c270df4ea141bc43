import { renderEmail } from "../email-html";
import { accountMoment } from "./account-moment";

/**
 * To the address an account used to sign in with, once its owner changed it. It does not name the
 * new address: whoever reads the old mailbox need not learn it.
 */
export function emailChangedEmail(input: { firstName: string; at: Date; timeZone: string }): { subject: string; text: string; html: string } {
  return {
    subject: "Your MiWell sign-in email was changed",
    ...renderEmail([
      { paragraph: `Hello ${input.firstName},` },
      {
        paragraph: `The email address you sign in to MiWell with was changed from this one on ${accountMoment(input.at, input.timeZone)}. MiWell writes to the new address from now on.`,
      },
      { paragraph: "If you changed it, there is nothing more to do." },
      { paragraph: "If you did not, please contact the charity straight away, so that we can lock your account and put it right." },
    ]),
  };
}
