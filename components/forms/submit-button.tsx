export function SubmitButton({ pending, children }: { pending: boolean; children: React.ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-calm-700 px-4 py-3 text-base font-semibold text-white hover:bg-calm-800 disabled:opacity-70 sm:w-auto"
    >
      {pending ? "Please wait…" : children}
    </button>
  );
}
