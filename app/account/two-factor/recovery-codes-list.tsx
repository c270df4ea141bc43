import Link from "next/link";

/** Recovery codes, shown once, with what to do with them and the way on. */
export function RecoveryCodesList({ codes, heading, continueHref }: { codes: string[]; heading: string; continueHref: string }) {
  return (
    <div role="status" className="flex flex-col gap-4 rounded-xl border border-calm-600 bg-calm-50 p-4">
      <h2 className="text-xl font-semibold text-calm-800">{heading}</h2>
      <p>
        Keep these recovery codes somewhere safe, away from your phone: print them or write them down. Each one signs you in once if you cannot use
        your authenticator app. <strong>They are shown only now.</strong>
      </p>
      <ol aria-label="Your recovery codes" className="grid gap-2 font-mono text-base">
        {codes.map((code) => (
          <li key={code} className="rounded-md border border-calm-200 bg-white px-3 py-2 break-all">
            {code}
          </li>
        ))}
      </ol>
      <p>
        <Link href={continueHref} className="font-medium text-calm-700 underline">
          I have kept my recovery codes: continue
        </Link>
      </p>
    </div>
  );
}
