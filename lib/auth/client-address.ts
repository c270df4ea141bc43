/**
 * The caller's address for rate limiting. Behind the deployment's proxy the first hop of
 * X-Forwarded-For is the client; without one, Next sets it from the socket itself.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
