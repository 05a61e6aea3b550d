# Inloop's container image (docs/operators/deployment.md). Two stages: the first installs and builds,
# the second carries only what runs. The same commands as anywhere else: npm ci, npm run build.
# docker build -t inloop .      docker run -p 127.0.0.1:3000:3000 -v inloop-data:/app/data inloop

FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary fits this platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The Prisma schemas first: npm ci's postinstall generates the client from them (offline).
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
# Code and packages belong to root and are read-only for the app; only the SQLite folder is its own.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/config ./config
RUN mkdir -p /app/data && chown node:node /app/data
# Defaults for a container: listen on every interface of the container, SQLite in the volume below.
# Every variable is one of docs/operators/configuration.md (tests/runtime/container-files.test.ts).
ENV HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=file:/app/data/inloop.db
VOLUME ["/app/data"]
USER node
EXPOSE 3000
# The slim image has no curl: Node's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself is process 1 and stops cleanly on SIGTERM (bots/main.ts).
CMD ["node", "--enable-source-maps", "dist/bots/main.js"]
