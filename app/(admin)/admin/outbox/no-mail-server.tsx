/** Said wherever unsent emails are shown: why they were not sent, and that nothing was lost. */
export function NoMailServer() {
  return (
    <p className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-900">
      No mail server is configured (SMTP_URL): these emails were kept and can be retried once one is.
    </p>
  );
}
