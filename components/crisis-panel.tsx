import type { CrisisLine } from "@/lib/settings/crisis-lines";

/** Shown first when a patient says they are Very low or Distressed, or today's check-in raised an alert: help, plainly, now. */
export function CrisisPanel({ lines }: { lines: readonly CrisisLine[] }) {
  return (
    <section aria-labelledby="crisis-heading" className="rounded-xl border-2 border-calm-700 bg-white p-5 shadow-sm">
      <h2 id="crisis-heading" className="mb-2 text-xl font-semibold text-calm-800">
        You don&apos;t have to cope with this alone
      </h2>
      <p className="mb-4">
        Thank you for telling us how you feel. Your psychiatrist will see today&apos;s check-in. If things feel too
        much right now, talk to someone straight away:
      </p>
      <ul className="flex flex-col gap-3">
        {lines.map((line) => (
          <li key={line.name} className="flex flex-col gap-1 rounded-lg bg-calm-50 p-3 sm:flex-row sm:items-center sm:justify-between">
            <span>
              <strong>{line.name}</strong> <span className="text-muted">{line.description}</span>
            </span>
            <a
              href={`tel:${line.dial}`}
              className="shrink-0 whitespace-nowrap rounded-md bg-calm-700 px-4 py-2 text-center font-semibold text-white hover:bg-calm-800"
            >
              Call {line.number}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
