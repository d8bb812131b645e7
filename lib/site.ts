/** The site's name, as shown in titles, feeds and link previews. */
export const SITE_NAME = "Gloss";

/**
 * The public origin links and previews are built with: `SITE_URL`, or http://localhost:3000.
 * Read at build time, since every page is prerendered.
 */
export function siteUrl(): URL {
  const value = process.env.SITE_URL ?? "http://localhost:3000";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://gloss.example, received "${value}"`);
  }
  if (!/^https?:$/.test(url.protocol)) {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://gloss.example, received "${value}"`);
  }
  url.pathname = url.pathname.replace(/\/*$/, "/");
  return url;
}

/** The absolute URL of a path on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\//, ""), siteUrl()).toString();
}

/** An article's path, the one place that spells it. */
export const articlePath = (slug: string) => `/articles/${slug}`;

/** The feeds, as every page's head advertises them (pages that set `alternates` must repeat them). */
export const FEED_TYPES = {
  "application/rss+xml": [{ url: "/feed.xml", title: `${SITE_NAME} (RSS)` }],
  "application/atom+xml": [{ url: "/atom.xml", title: `${SITE_NAME} (Atom)` }],
};

/** Where an article's link-preview image is served. */
export const articleImagePath = (slug: string) => `/og/${slug}.png`;
