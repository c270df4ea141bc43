/** Always within reach: where to get help now, whoever is reading. */
export function CrisisFooter() {
  return (
    <footer className="mt-12 border-t border-calm-200 bg-white">
      <p className="mx-auto max-w-5xl px-4 py-4 text-sm text-muted">
        In danger right now? Call <a className="font-semibold text-calm-800 underline" href="tel:999">999</a>. To talk
        to someone any time, call Samaritans free on{" "}
        <a className="font-semibold text-calm-800 underline" href="tel:116123">116 123</a>.
      </p>
    </footer>
  );
}
