import { appUrl } from "@/lib/notifications/app-url";
import { renderEmail } from "@/lib/notifications/email-html";
import { accountMoment } from "@/lib/notifications/templates/account-moment";

export type TwoFactorChange = "enable" | "disable" | "recovery-codes";

const WHAT: Record<TwoFactorChange, { subject: string; happened: string }> = {
  enable: { subject: "Two-factor sign-in is on for your MiWell account", happened: "two-factor sign-in was turned on for your MiWell account" },
  disable: {
    subject: "Two-factor sign-in is off for your MiWell account",
    happened: "two-factor sign-in was turned off for your MiWell account, and every other device signed in to it was signed out",
  },
  "recovery-codes": {
    subject: "New recovery codes for your MiWell account",
    happened: "new recovery codes were made for your MiWell account; the old ones no longer work",
  },
};

/** The outbox's key for one change: one email per change, whenever it happened. */
export const twoFactorEmailKey = (change: TwoFactorChange, userId: number, at: Date) => `two-factor:${change}:${userId}:${at.getTime()}`;

/** To the owner of an account whose sign-in protection changed, so a change they did not make is noticed. */
export function twoFactorEmail(change: TwoFactorChange, input: { firstName: string; at: Date; timeZone: string }) {
  const { subject, happened } = WHAT[change];
  return {
    subject,
    ...renderEmail([
      { paragraph: `Hello ${input.firstName},` },
      { paragraph: `On ${accountMoment(input.at, input.timeZone)}, ${happened}.` },
      { paragraph: "If you did this, there is nothing more to do." },
      { paragraph: "If you did not, someone else may know your password: please contact the charity straight away, so that we can lock your account and help you back in." },
      { link: ["Sign in to MiWell", appUrl("/login")] },
    ]),
  };
}
