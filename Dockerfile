# syntax=docker/dockerfile:1
# The Actorgraph API. Build: `docker build -t actorgraph .`; run with docker-compose.yml,
# or give it NEO4J_URI and NEO4J_PASSWORD (see libs/config/src/app-config.schema.ts).

# --- build: all dependencies, TypeScript compiled to dist/ ---
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# --- runtime: production dependencies and the compiled output only ---
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY data ./data
# schema.graphql is optional in the build context (the `[l]` glob lets COPY match nothing
# without failing). The API rewrites it at start, so the app user must own it and /app.
COPY --chown=node:node package.json schema.graphq[l] ./
RUN chown node:node /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
