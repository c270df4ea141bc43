/**
 * An absolute link into MiWell for an email. Emails are read outside the browser, so links need
 * the address people reach the service at: APP_URL in production (behind TLS), else the local one.
 */
export function appUrl(path: string): string {
  const base = process.env.APP_URL ?? process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}
