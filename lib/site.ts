import { ATOM_PATH, RSS_PATH } from "./paths";

/** The site's name, as shown in titles, feeds and link previews. */
export const SITE_NAME = "Gloss";

/** What the site is, in one sentence: page descriptions, the feeds and the app manifest. */
export const SITE_DESCRIPTION = "News about technology, with every term explained.";

/**
 * The public origin links and previews are built with: `SITE_URL`, or http://localhost:3000.
 * Read at build time, since every page is prerendered.
 */
export function siteUrl(): URL {
  const value = process.env.SITE_URL ?? "http://localhost:3000";
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://gloss.example, received "${value}"`);
  }
  url.pathname = url.pathname.replace(/\/*$/, "/");
  return url;
}

/** The absolute URL of a path on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\//, ""), siteUrl()).toString();
}

/** The feeds, as every page's head advertises them (pages that set `alternates` must repeat them). */
export const FEED_TYPES = {
  "application/rss+xml": [{ url: RSS_PATH, title: `${SITE_NAME} (RSS)` }],
  "application/atom+xml": [{ url: ATOM_PATH, title: `${SITE_NAME} (Atom)` }],
};
