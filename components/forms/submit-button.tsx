// aria-disabled rather than disabled while saving: a disabled button drops keyboard focus to
// the top of the page; the form ignores repeat submits itself.
export function SubmitButton(props: { pending: boolean; pendingLabel?: string; children: React.ReactNode }) {
  const { pending, pendingLabel = "Please wait…", children } = props;
  return (
    <button
      type="submit"
      aria-disabled={pending}
      className="w-full rounded-md bg-calm-700 px-4 py-3 text-base font-semibold text-white hover:bg-calm-800 aria-disabled:opacity-70 sm:w-auto sm:self-start"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
