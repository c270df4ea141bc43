// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "mysql2", "rate-limiter-flexible"],
  poweredByHeader: false,
  // Baseline headers on every response; the full Content-Security-Policy comes with the
  // security work. No page may be framed, so no one can overlay a form to capture clicks.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
  typedRoutes: false,
};

module.exports = nextConfig;
