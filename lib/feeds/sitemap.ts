import { toXml } from "xast-util-to-xml";
import { x } from "xastscript";
import { absoluteUrl } from "../site";

/** One address of the site, with the day it last changed when known. */
export interface SitemapEntry {
  path: string;
  lastModified?: string;
}

/** The most addresses one sitemap file may list (sitemaps.org); past it, an index of several files. */
export const SITEMAP_LIMIT = 50_000;

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const xml = (root: ReturnType<typeof x>) => `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(root)}\n`;

/** A sitemap listing `entries`. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  return xml(
    x(
      "urlset",
      { xmlns: NS },
      entries.map(({ path, lastModified }) =>
        x("url", [x("loc", absoluteUrl(path)), ...(lastModified ? [x("lastmod", lastModified)] : [])]),
      ),
    ),
  );
}

/** A sitemap index pointing at `files` (paths of sitemaps on this site). */
export function sitemapIndexXml(files: readonly string[]): string {
  return xml(
    x(
      "sitemapindex",
      { xmlns: NS },
      files.map((path) => x("sitemap", [x("loc", absoluteUrl(path))])),
    ),
  );
}

/** How many files `count` addresses need. */
export const sitemapParts = (count: number, limit = SITEMAP_LIMIT) => Math.ceil(count / limit);

/** The path of part `n` (1-based) of a split sitemap. */
export const sitemapPartPath = (n: number) => `/sitemaps/${n}.xml`;
