import { retryEmailAction } from "./actions";

/**
 * Sends a failed or unsent email again. A plain form, so it works before the page's script has
 * loaded; the action comes back to `returnTo` saying what happened.
 */
export function RetryButton(props: { emailId: number; returnTo: string; context: string; label?: string }) {
  const { emailId, returnTo, context, label = "Retry" } = props;
  return (
    <form action={retryEmailAction}>
      <input type="hidden" name="emailId" value={emailId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="whitespace-nowrap rounded-md border border-calm-600 bg-white px-3 py-1.5 font-medium text-calm-700 hover:bg-calm-100">
        {label}
        <span className="sr-only"> {context}</span>
      </button>
    </form>
  );
}
