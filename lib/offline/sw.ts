/// <reference lib="webworker" />
/**
 * The service worker (served as /sw.js; lib/commands/build-offline.ts bundles it with its build's list).
 * One build's scripts and styles are precached with Serwist; pages are kept in a cache named for
 * the build, so that a kept page is always shown with the stylesheet and scripts it was built with.
 * Pages come from the network first (a reader online always gets the newest) and from the cache
 * when the network fails; a page that was never kept gets the offline page, which lists the kept ones.
 * Search works offline too: the search page is kept (one copy, whatever its query), and so is every
 * file of the search index a reader's searches load, in a cache named for the build; when the index
 * is small, all of it is kept from the start.
 */
import { NetworkFirst, Serwist, type SerwistPlugin } from "serwist";
import { PAGEFIND_FOLDER } from "../search/fields";
import { SEARCH_PATH } from "../paths";
import {
  KEPT_PAGES_LIMIT,
  KEPT_SEARCH_FILES_LIMIT,
  PAGES_CACHE_PREFIX,
  SEARCH_CACHE_PREFIX,
  pagesCacheName,
  searchCacheName,
  type OfflineManifest,
} from "./caches";

declare const self: ServiceWorkerGlobalScope;
/** Replaced by the build with this build's list. */
declare const __GLOSS_OFFLINE__: OfflineManifest;

const manifest = __GLOSS_OFFLINE__;
const pagesCache = pagesCacheName(manifest.version);
const searchCache = searchCacheName(manifest.version);
const own = (url: URL) => url.origin === self.location.origin;

/** The page and search caches of earlier builds. */
const earlierCaches = async (prefix: string, current: string) =>
  (await caches.keys()).filter((name) => name.startsWith(prefix) && name !== current);
const earlierPageCaches = () => earlierCaches(PAGES_CACHE_PREFIX, pagesCache);

/** No more than `limit` entries in a cache: the one kept longest ago goes first. */
const atMost =
  (limit: number) =>
  async ({ cacheName }: { cacheName: string }) => {
    const cache = await caches.open(cacheName);
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map((key) => cache.delete(key)));
  };

/** Keeps only whole, successful pages of this site, and no more than the limit. */
const keepPages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && !response.redirected && response.headers.get("content-type")?.startsWith("text/html")
      ? response
      : null,
  cacheDidUpdate: atMost(KEPT_PAGES_LIMIT),
};

/** The search page is the same page whatever its query: one copy is kept, under its bare address. */
const searchPageKey: SerwistPlugin = {
  cacheKeyWillBeUsed: async () => new URL(SEARCH_PATH, self.location.origin).href,
};

/**
 * Keeps the search index's files that came whole, and no more than the limit, each under its
 * address without a query (Pagefind adds `?ts=…` to its entry file, which is one file all the same).
 */
const keepSearchFiles: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => request.url.split("?")[0],
  cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null),
  cacheDidUpdate: atMost(KEPT_SEARCH_FILES_LIMIT),
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
      matcher: ({ request, url }) => request.mode === "navigate" && own(url) && url.pathname === SEARCH_PATH,
      handler: new NetworkFirst({
        cacheName: pagesCache,
        networkTimeoutSeconds: 6,
        plugins: [keepPages, searchPageKey],
      }),
    },
    {
      // Online, the newest index (a publish rebuilds it); offline, what this device kept of it.
      matcher: ({ request, url }) => request.method === "GET" && own(url) && url.pathname.startsWith(PAGEFIND_FOLDER),
      handler: new NetworkFirst({ cacheName: searchCache, plugins: [keepSearchFiles] }),
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
  await Promise.allSettled([
    ...[...urls, new URL(SEARCH_PATH, self.location.origin).href].map(async (url) => {
      const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
      if (response.ok && !response.redirected) await cache.put(url, response);
    }),
    keepSearchIndex(),
  ]);
}

/** A small index is kept whole from the start (manifest.search lists it), so that any search works offline. */
async function keepSearchIndex() {
  const cache = await caches.open(searchCache);
  for (const url of manifest.search) {
    const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" }).catch(() => null);
    if (response?.ok) await cache.put(url, response);
  }
}

self.addEventListener("install", (event) => event.waitUntil(keepPagesOfThisBuild()));
self.addEventListener("activate", (event) =>
  event.waitUntil(
    Promise.all([earlierPageCaches(), earlierCaches(SEARCH_CACHE_PREFIX, searchCache)]).then((lists) =>
      Promise.all(lists.flat().map((name) => caches.delete(name))),
    ),
  ),
);
serwist.addEventListeners();
