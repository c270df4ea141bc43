// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "mysql2", "rate-limiter-flexible"],
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
