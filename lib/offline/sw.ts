/// <reference lib="webworker" />
/**
 * The service worker (served as /sw.js; lib/commands/build-offline.ts bundles it with its build's list).
 * One build's scripts and styles are precached with Serwist; pages are kept in a cache named for
 * the build, so that a kept page is always shown with the stylesheet and scripts it was built with.
 * Pages come from the network first (a reader online always gets the newest) and from the cache
 * when the network fails; a page that was never kept gets the offline page, which lists the kept ones.
 */
import { NetworkFirst, NetworkOnly, Serwist, type SerwistPlugin } from "serwist";
import { SEARCH_PATH } from "../paths";
import { KEPT_PAGES_LIMIT, PAGES_CACHE_PREFIX, pagesCacheName, type OfflineManifest } from "./caches";

declare const self: ServiceWorkerGlobalScope;
/** Replaced by the build with this build's list. */
declare const __GLOSS_OFFLINE__: OfflineManifest;

const manifest = __GLOSS_OFFLINE__;
const pagesCache = pagesCacheName(manifest.version);
const own = (url: URL) => url.origin === self.location.origin;

/** The page caches of earlier builds. */
const earlierPageCaches = async () =>
  (await caches.keys()).filter((name) => name.startsWith(PAGES_CACHE_PREFIX) && name !== pagesCache);

/** Keeps only whole, successful pages of this site, and no more than the limit (the oldest kept goes). */
const keepPages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && !response.redirected && response.headers.get("content-type")?.startsWith("text/html")
      ? response
      : null,
  cacheDidUpdate: async ({ cacheName }) => {
    const cache = await caches.open(cacheName);
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - KEPT_PAGES_LIMIT)).map((key) => cache.delete(key)));
  },
};

const serwist = new Serwist({
  precacheEntries: [...manifest.assets, manifest.offline],
  // Next.js asks for icons with a query (`/icon.svg?…`); a precached file is the same whatever it.
  precacheOptions: { cleanupOutdatedCaches: true, ignoreURLParametersMatching: [/.*/] },
  // A new build takes over at once: its pages are fetched fresh and the last build's caches go.
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      // Search needs the network (its index is not kept), so offline it gets the offline page.
      matcher: ({ request, url }) => request.mode === "navigate" && own(url) && url.pathname === SEARCH_PATH,
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ request, url }) => request.mode === "navigate" && own(url),
      handler: new NetworkFirst({ cacheName: pagesCache, networkTimeoutSeconds: 6, plugins: [keepPages] }),
    },
  ],
  fallbacks: {
    entries: [{ url: manifest.offline.url, matcher: ({ request }) => request.mode === "navigate" }],
  },
});

/**
 * Fills this build's page cache: the pages every reader gets, the pages open now, and fresh copies
 * of the pages the reader kept under the last build (a page that is gone or fails now is left out).
 */
async function keepPagesOfThisBuild() {
  const cache = await caches.open(pagesCache);
  const kept: string[] = [];
  for (const name of await earlierPageCaches()) {
    for (const request of await (await caches.open(name)).keys()) kept.push(request.url);
  }
  // The page the reader has open as this worker arrives is kept too: often the first article they read.
  const open = (await self.clients.matchAll({ type: "window", includeUncontrolled: true })).map((client) => client.url);
  const everyone = manifest.pages.map((page) => new URL(page, self.location.origin).href);
  const urls = [...new Set([...kept, ...open.map((url) => url.split("#")[0]), ...everyone])].filter(
    (url) => own(new URL(url)) && new URL(url).pathname !== SEARCH_PATH,
  );
  await Promise.allSettled(
    urls.map(async (url) => {
      const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
      if (response.ok && !response.redirected) await cache.put(url, response);
    }),
  );
}

self.addEventListener("install", (event) => event.waitUntil(keepPagesOfThisBuild()));
self.addEventListener("activate", (event) =>
  event.waitUntil(earlierPageCaches().then((names) => Promise.all(names.map((name) => caches.delete(name))))),
);
serwist.addEventListeners();
