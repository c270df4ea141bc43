import Link from "next/link";

/** The friendly page behind 403, 404 and 500: what happened, and a way on. */
export function StatusPage({ code, title, children }: { code: number; title: string; children: React.ReactNode }) {
  return (
    <section className="mx-auto max-w-xl py-8 text-center">
      {/* React places this in the document head: each status page names itself in the tab. */}
      <title>{`${title} · MiWell`}</title>
      <p className="mb-2 text-sm font-semibold uppercase tracking-widest text-muted">Error {code}</p>
      <h1 className="mb-4 text-3xl font-semibold text-calm-800">{title}</h1>
      <div className="mb-6 text-lg text-muted">{children}</div>
      <Link href="/" className="rounded-md bg-calm-700 px-5 py-3 font-semibold text-white hover:bg-calm-800">
        Back to MiWell
      </Link>
    </section>
  );
}
