/**
 * The cache several `next start` instances share when REDIS_URL is set (next.config.ts points
 * Next.js's `cacheHandler` here): every rendered page, and every revalidation a publish makes, is in
 * Redis, so a page published through one instance is served by all. Plain JavaScript: Next.js loads
 * it at run time, as it is.
 *
 * When Redis goes away each instance keeps serving (a page not cached is rendered from its content
 * store), says so once, and reconnects; back, lib/publish/peers.ts brings its store up to date and
 * empties the shared cache, since a publish made meanwhile would otherwise leave old pages in it.
 */
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";
import { withPagePolicies } from "./page-cache.mjs";

/** Every key of the cache (a page, or a revalidation record) starts so (lib/publish/peers.ts empties them). */
const KEY_PREFIX = "gloss:cache:";
const STATE = Symbol.for("gloss.redis-cache");

function connect() {
  const client = createClient({
    url: process.env.REDIS_URL,
    // Commands fail at once while Redis is away (the page is rendered instead), and the client keeps trying.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(250 * (retries + 1), 3000) },
  });
  let away = false;
  client.on("error", (error) => {
    if (away) return;
    away = true;
    console.error(
      `Redis at ${process.env.REDIS_URL} is away (${error.message}): pages are rendered here until it returns.`,
    );
  });
  client.on("ready", () => {
    if (!away) return;
    away = false;
    console.log(`Redis at ${process.env.REDIS_URL} is back: pages are cached there again.`);
  });
  client.connect().catch(() => undefined);
  return client;
}

CacheHandler.onCreation(() => {
  const globals = globalThis;
  globals[STATE] ??= { handlers: [createRedisHandler({ client: connect(), keyPrefix: KEY_PREFIX, timeoutMs: 1000 })] };
  return globals[STATE];
});

// Each page with its Content-Security-Policy, as lib/cache/page-cache.mjs gives it alone.
export default withPagePolicies(CacheHandler);
