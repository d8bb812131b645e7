/**
 * What the service worker and the pages agree on about the browser's caches. Pure: imported by the
 * service worker, the offline page and the build alike.
 */

/** What one build's service worker keeps, written into it when the build is finished. */
export interface OfflineManifest {
  /** Changes with every build: names the build's caches, so that two builds never share one. */
  version: string;
  /** The build's scripts, stylesheets and icons (with a revision where the name does not change with the content). */
  assets: { url: string; revision: string | null }[];
  /** Pages every reader's browser keeps from the start: the home page, the glossary, the newest articles. */
  pages: string[];
  /** The page shown for a page that is not kept, with its revision. */
  offline: { url: string; revision: string };
  /** The search index's files every reader keeps: all of them when the index is small, else none. */
  search: string[];
}

/** The pages a reader's browser keeps are in one cache per build: `gloss-pages-<version>`. */
export const PAGES_CACHE_PREFIX = "gloss-pages-";
export const pagesCacheName = (version: string) => `${PAGES_CACHE_PREFIX}${version}`;

/** Search's files (Pagefind's script, its WebAssembly, the index a reader's searches load) are kept per build too. */
export const SEARCH_CACHE_PREFIX = "gloss-search-";
export const searchCacheName = (version: string) => `${SEARCH_CACHE_PREFIX}${version}`;

/** The most of the search index's files a browser keeps; the one kept longest ago goes first. */
export const KEPT_SEARCH_FILES_LIMIT = 2000;

/** The most pages a reader's browser keeps at once; the one kept longest ago goes first. */
export const KEPT_PAGES_LIMIT = 200;
