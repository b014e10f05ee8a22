"use client";

/**
 * When the root layout itself fails: the same generic message as app/error.tsx, never the
 * error's text (it may name server paths or SQL), only the reference that is in the log.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: "28rem", margin: "0 auto", padding: "2.5rem", textAlign: "center", fontFamily: "sans-serif" }}>
          <h1>Something went wrong</h1>
          <p>It has been logged{error.digest ? ` (reference ${error.digest})` : ""}. Please try again.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
