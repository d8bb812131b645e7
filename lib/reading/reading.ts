/**
 * How far a reader got in each article, kept in this browser only (localStorage): by the id of
 * the paragraph or section they were at, never by pixels, so it survives a new width or text size.
 * Pure: used by the head script before the first paint, by the article page and by tests.
 */
import { CLASS, DATA } from "../hooks";

export const READING_KEY = "gloss:reading";

/** The style the head script writes for the read and partly read marks on lists of articles. */
export const READING_STYLE_ID = "reading-style";

/** The articles remembered at most; the one read longest ago is forgotten first. */
export const READING_LIMIT = 300;

export interface Place {
  /** The paragraph or section the reader was at. */
  at: string;
  /** Whether the reader reached the end of the text. */
  read: boolean;
  /** When, in milliseconds since 1970: the newest are kept. */
  time: number;
}

export type Reading = Record<string, Place>;

/** The places a saved value holds, without anything malformed. Self-contained, for the head script. */
export function parseReading(saved: string | null): Reading {
  try {
    const value: unknown = JSON.parse(saved ?? "{}");
    if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
    const reading: Reading = {};
    for (const [slug, place] of Object.entries(value as Record<string, Partial<Place>>)) {
      const at = place?.at;
      const valid = /^[a-z0-9][a-z0-9-]*$/.test(slug) && typeof at === "string" && /^[A-Za-z][\w-]*$/.test(at);
      if (valid && typeof place.time === "number") reading[slug] = { at, read: place.read === true, time: place.time };
    }
    return reading;
  } catch {
    return {};
  }
}

/**
 * The reading with `slug` at `place`: once an article is read it stays read, and past the limit
 * the article read longest ago is forgotten.
 */
export function recordPlace(reading: Reading, slug: string, place: Place): Reading {
  const next = { ...reading, [slug]: { ...place, read: place.read || reading[slug]?.read === true } };
  const slugs = Object.keys(next).sort((a, b) => next[b].time - next[a].time);
  return Object.fromEntries(slugs.slice(0, READING_LIMIT).map((key) => [key, next[key]]));
}

/** What the read marks select by (lib/hooks.ts's names), handed to readingCss for the head script's sake. */
export const READING_SELECTORS = {
  item: `.${CLASS.articleList} li`,
  slugAttribute: DATA.slug,
  meta: `.${CLASS.meta}`,
};

/**
 * The rules that mark articles read or partly read wherever a list shows them (the home page, the
 * archive, a term's page), before the first paint. Self-contained (its selectors come in `select`),
 * so the head script can carry its source; it checks the slugs itself.
 */
export function readingCss(reading: Reading, select: typeof READING_SELECTORS): string {
  let css = "";
  for (const [read, label] of [
    [true, "Read"],
    [false, "Partly read"],
  ] as const) {
    const slugs = Object.keys(reading).filter((slug) => /^[a-z0-9-]+$/.test(slug) && reading[slug].read === read);
    const selectors = slugs.map((slug) => `${select.item}[${select.slugAttribute}="${slug}"] ${select.meta}::after`);
    if (selectors.length > 0) css += `${selectors.join(",")}{content:" · ${label}"}`;
  }
  return css;
}
