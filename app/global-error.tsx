"use client";

// Shown only when the root layout itself fails, so it brings its own <html> and plain styles.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem", color: "#1f2a2e" }}>
        <p>Error 500</p>
        <h1>Something went wrong on our side</h1>
        <p>Please try again in a moment. If you need help now, call Samaritans free on 116 123.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
