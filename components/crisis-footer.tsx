import { type CrisisLine, crisisLines, DEFAULT_CRISIS_LINES } from "@/lib/settings/crisis-lines";

// The footer is on every page, even the error pages shown while the database is away: help is
// still offered then, with the defaults.
const linesOrDefaults = (): Promise<readonly CrisisLine[]> => crisisLines().catch(() => DEFAULT_CRISIS_LINES);

/** Always within reach: where to get help now, whoever is reading (the helplines an admin set). */
export async function CrisisFooter() {
  const lines = await linesOrDefaults();
  return (
    <footer className="mt-12 border-t border-calm-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-4 text-sm text-muted">
        <p id="crisis-footer-heading">Need help right now? Call:</p>
        <ul aria-labelledby="crisis-footer-heading" className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {lines.map((line) => (
            <li key={`${line.name}-${line.dial}`}>
              {line.name}{" "}
              <a className="font-semibold text-calm-800 underline" href={`tel:${line.dial}`}>
                {line.number}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
