/** What an email is for ("Reminder"), and whether it goes before other mail. */
export function EmailKind({ kind, urgent }: { kind: string; urgent: boolean }) {
  return (
    <>
      <span className="capitalize">{kind}</span>
      {urgent && <span className="font-semibold text-warn"> · urgent</span>}
    </>
  );
}
