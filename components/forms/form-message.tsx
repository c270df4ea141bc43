/** A message about the whole form (not one field), announced when it appears. */
export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md border border-warn bg-red-50 px-4 py-3 text-warn">
      {message}
    </div>
  );
}
