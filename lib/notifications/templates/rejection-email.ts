import { appUrl } from "../app-url";
import { renderEmail } from "../email-html";

/**
 * To a psychiatrist whose application an admin rejected, with the admin's reason. Their account
 * is removed with the rejection, so the way back is to apply again.
 */
export function rejectionEmail(input: { firstName: string; reason: string }): { subject: string; text: string; html: string } {
  return {
    subject: "Your application to join MiWell",
    ...renderEmail([
      { paragraph: `Hello ${input.firstName},` },
      { paragraph: "Thank you for applying to join MiWell as a psychiatrist. We are sorry: we cannot approve your application, for this reason:" },
      { quote: input.reason },
      {
        paragraph:
          "Your application and its account have been removed. If you can put this right, you are welcome to apply again, with the same email address and membership number.",
      },
      { link: ["Apply again", appUrl("/register/psychiatrist")] },
    ]),
  };
}
