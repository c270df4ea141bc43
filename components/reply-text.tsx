/** A psychiatrist's reply under an entry, shown as plain text with a mark when it was edited. */
export function ReplyText({ title, text, edited }: { title: string; text: string; edited: boolean }) {
  return (
    <div className="mt-3 rounded-lg border-l-4 border-calm-600 bg-calm-50 px-4 py-3">
      <h3 className="text-sm font-semibold text-calm-800">
        {title}
        {edited && <span className="font-normal text-muted"> (edited)</span>}
      </h3>
      <p className="mt-1 whitespace-pre-line break-words">{text}</p>
    </div>
  );
}
