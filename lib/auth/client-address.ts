/**
 * How many proxies in front of MiWell append to X-Forwarded-For (default 1: one TLS proxy).
 * Everything left of what they appended was written by the client and cannot be trusted.
 */
export function trustedProxyHops(): number {
  const hops = Number(process.env.MIWELL_TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

/**
 * The caller's address, for rate limiting: the X-Forwarded-For entry the nearest trusted proxy
 * saw connect, counted from the right. Next fills the header from the socket when no proxy did.
 */
export function clientAddress(headers: Headers, hops = trustedProxyHops()): string {
  const hopsSeen = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hopsSeen.length > 0) return hopsSeen[Math.max(0, hopsSeen.length - hops)];
  return headers.get("x-real-ip")?.trim() || "unknown";
}
