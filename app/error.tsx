"use client";

import { StatusPage } from "@/components/status-page";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage code={500} title="Something went wrong on our side">
      <p>Please try again in a moment. If it keeps happening, let the charity know.</p>
      <button type="button" onClick={reset} className="mt-4 font-medium text-calm-700 underline">
        Try again
      </button>
    </StatusPage>
  );
}
