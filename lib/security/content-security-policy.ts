/**
 * The Content-Security-Policy of every page. Scripts run only from this origin and only when
 * they carry the request's nonce ('strict-dynamic' lets Next's own loader add its chunks), so
 * markup that slipped into a page could not run. Styles allow inline attributes: the mood chart
 * and progress bars set widths with them, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  const scripts = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  const connections = ["'self'"];
  // The development server evaluates modules and reloads them over a web socket.
  if (options.development) {
    scripts.push("'unsafe-eval'");
    connections.push("ws:");
  }
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scripts,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": connections,
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** A fresh nonce for one response: 16 random bytes in base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
