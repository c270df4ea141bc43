import { retryEmailAction } from "./actions";

/**
 * Sends a failed or unsent email again. A plain form, so it works before the page's script has
 * loaded; the action comes back to `returnTo` saying what happened. Read out with the email it
 * retries, since a list holds several such buttons.
 */
export function RetryButton(props: { email: { id: number; subject: string; to: string }; returnTo: string; label?: string }) {
  const { email, returnTo, label = "Retry" } = props;
  return (
    <form action={retryEmailAction}>
      <input type="hidden" name="emailId" value={email.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="whitespace-nowrap rounded-md border border-calm-600 bg-white px-3 py-1.5 font-medium text-calm-700 hover:bg-calm-100">
        {label}
        <span className="sr-only">
          {" "}
          the email “{email.subject}” to {email.to}
        </span>
      </button>
    </form>
  );
}
