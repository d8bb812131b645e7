/**
 * How long the site's lists are. Each is read at build time from the environment, with a default
 * a reader of a news site would expect; README lists them.
 */
function count(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`${name} must be a whole number of 1 or more, received "${value}"`);
  }
  return parsed;
}

export const settings = {
  /** Articles on the home page, the first of them the lead. */
  homeArticles: () => count("HOME_ARTICLES", 20),
  /** Articles on one page of a month in the archive, or of a term's articles. */
  pageSize: () => count("PAGE_SIZE", 50),
  /** Articles in the RSS and Atom feeds, newest first, in full. */
  feedArticles: () => count("FEED_ARTICLES", 20),
  /** Newest articles a term's page lists before its pages of older ones. */
  termArticles: () => count("TERM_ARTICLES", 10),
  /** Articles the search page shows at first, and adds with each "More articles". */
  searchResults: () => count("SEARCH_RESULTS", 10),
  /** Newest articles every reader's browser keeps for reading offline, beside those the reader opens. */
  offlineArticles: () => count("OFFLINE_ARTICLES", 10),
  /** A search index of at most this many KB is kept whole by every reader's browser, so that any search works offline. */
  searchOfflineKb: () => count("SEARCH_OFFLINE_KB", 2048),
  /** Articles in each shard of the search index (Pagefind holds about 200 KB an article while it builds one). */
  searchShardArticles: () => count("SEARCH_SHARD_ARTICLES", 4000),
  /** Newest articles `next build` writes as pages; the rest are rendered on their first request. */
  prerenderArticles: () => count("PRERENDER_ARTICLES", 1000),
};
