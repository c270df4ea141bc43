# MiWell's container images (docs/deploy.md). Two targets from one file:
#   web    (the default, last stage): Next's standalone server, `node server.js` on port 3000
#   tools  `npm run db:migrate` (one-shot, before the web servers start) and, by default, the
#          worker (`npm run worker`)
# The web image never migrates: several replicas starting at once must not race on the schema.
#
#   docker build -t miwell-web .
#   docker build --target tools -t miwell-tools .

ARG NODE_IMAGE=node:20-bookworm-slim

# Every dependency, for the build. `npm install`, not `npm ci`: the lock file lacks other
# platforms' optional packages, which npm ci refuses (docs/decisions/0001).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund

# The production build, then .next/standalone made self-contained (static files and public/
# beside server.js) by the same script `npm test` checks it with.
FROM deps AS build
COPY . .
RUN node_modules/.bin/next build \
 && node_modules/.bin/tsx scripts/delivery/assemble-standalone.ts

# Runtime dependencies only, for the tools image: tsx runs the TypeScript scripts as they are.
FROM ${NODE_IMAGE} AS runtime-deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS tools
WORKDIR /app
ENV NODE_ENV=production NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY db ./db
COPY lib ./lib
COPY scripts ./scripts
# The files stay root's: the process can read its code but not rewrite it.
USER node
# What `npm run worker` runs, without npm and a shell in between: `docker stop`'s SIGTERM must
# reach the worker itself, which then finishes its step and closes its connections.
CMD ["node", "--import", "tsx", "scripts/worker.ts"]

FROM ${NODE_IMAGE} AS web
WORKDIR /app
# HOSTNAME: Docker sets it to the container's id, and Next listens on HOSTNAME.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build /app/.next/standalone ./
# Owned by root like the code, but for Next's cache, the one place it writes.
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# No curl in the slim image: Node's own fetch asks the health route, which checks the database.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
