// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "mysql2", "rate-limiter-flexible"],
  poweredByHeader: false,
  // .next/standalone: server.js with only the files it needs, which the container image ships
  // (docs/decisions/0013-delivery.md). `next start` still serves the same build, with a warning.
  output: "standalone",
  // Traced from this checkout, not from a folder above it that happens to hold a lock file.
  outputFileTracingRoot: __dirname,
  // Headers on every response. Pages get their full Content-Security-Policy, with a fresh script
  // nonce, from proxy.ts; everything else (route handlers, files) gets this strict one. No page
  // may be framed, so no one can overlay a form to capture clicks.
  async headers() {
    const production = process.env.NODE_ENV === "production";
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          // Browsers honour it only over HTTPS, where production runs behind TLS.
          ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
  typedRoutes: false,
};

module.exports = nextConfig;
