/**
 * A reader's highlights and notes, kept in this browser only: what one is, how it is found again in
 * an article whose text may have changed since, and how the whole collection is read back from
 * storage. Anchored as the W3C Web Annotation model does: the quote with a little text before and
 * after it (a TextQuoteSelector), and where it began (the id of its paragraph or heading and the
 * offset in that block's text, a FragmentSelector refined by a TextPositionSelector). Pure: used by
 * the article page, the highlights page and the tests.
 */

import { isWordChar, lastAtOrBefore, wholeWords } from "../sharing/text-fragment";

export { wholeWords };
export { HIGHLIGHTS_KEY, mayHold } from "./key";

/** The performance measure drawing an article's highlights leaves (the benchmark reads it). */
export const DRAW_MEASURE = "gloss:highlights-drawn";
/** The User Timing measure of reading an article's highlights from storage (when it has some). */
export const READ_MEASURE = "gloss:highlights-read";

/** Highlights kept at most; past it the oldest go first. Far beyond a reader's years of marking. */
export const HIGHLIGHTS_LIMIT = 5000;
/** A note's length at most, in characters. */
export const NOTE_LIMIT = 4000;
/** A quote's length at most, in characters: a few paragraphs. */
export const QUOTE_LIMIT = 4000;
/** How much text before and after a quote is kept to find it again. */
export const CONTEXT_CHARS = 32;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const BLOCK_ID = /^$|^[A-Za-z][\w-]*$/;

export interface Highlight {
  /** Random, unique in this browser and in an export. */
  id: string;
  /** The article's slug, and its title and date as they were when the highlight was made. */
  slug: string;
  title: string;
  /** The article's date, `YYYY-MM-DD`. */
  published: string;
  /** The id of the paragraph or heading the quote begins in ("" when it has none). */
  block: string;
  /** Where the quote begins in that block's text. */
  start: number;
  /** The words highlighted, and up to CONTEXT_CHARS of text on either side. */
  exact: string;
  prefix: string;
  suffix: string;
  /** The reader's note, plain text ("" for none). */
  note: string;
  /** Milliseconds since 1970. */
  created: number;
  modified: number;
  /** Set when the article was last seen without the quoted words: listed as changed, never drawn elsewhere. */
  changed?: boolean;
}

/** An article's text as highlights are anchored in: its blocks in order, each with its id ("" for none). */
export interface PageText {
  ids: readonly string[];
  /** Each block's text, white space collapsed and trimmed. */
  texts: readonly string[];
}

/** Where a quote is in the page's text (its blocks joined by line breaks): `start` to `end`. */
export interface Span {
  start: number;
  end: number;
}

const isText = (value: unknown, limit: number): value is string => typeof value === "string" && value.length <= limit;
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;
const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;

/** `value` as a highlight, or null when anything in it is missing, malformed or too long. */
export function asHighlight(value: unknown): Highlight | null {
  if (typeof value !== "object" || value === null) return null;
  const h = value as Record<keyof Highlight, unknown>;
  const valid =
    isText(h.id, 100) &&
    /^[\w-]+$/.test(h.id) &&
    isText(h.slug, 200) &&
    SLUG.test(h.slug) &&
    isText(h.title, 500) &&
    isText(h.published, 10) &&
    /^(\d{4}-\d{2}-\d{2})?$/.test(h.published) &&
    isText(h.block, 200) &&
    BLOCK_ID.test(h.block) &&
    isCount(h.start) &&
    isText(h.exact, QUOTE_LIMIT) &&
    h.exact.trim().length > 0 &&
    isText(h.prefix, CONTEXT_CHARS) &&
    isText(h.suffix, CONTEXT_CHARS) &&
    isText(h.note, NOTE_LIMIT) &&
    isTime(h.created) &&
    isTime(h.modified);
  if (!valid) return null;
  const { id, slug, title, published, block, start, exact, prefix, suffix, note, created, modified } = h as Highlight;
  const highlight: Highlight = {
    id,
    slug,
    title,
    published,
    block,
    start,
    exact,
    prefix,
    suffix,
    note,
    created,
    modified,
  };
  if (h.changed === true) highlight.changed = true;
  return highlight;
}

/** The highlights a saved value holds, without anything malformed. */
export function parseHighlights(saved: string | null): Highlight[] {
  try {
    const value: unknown = JSON.parse(saved ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.map(asHighlight).filter((h): h is Highlight => h !== null);
  } catch {
    return [];
  }
}

/** The newest first, and past the limit the oldest forgotten. */
export const keep = (highlights: readonly Highlight[]): Highlight[] =>
  [...highlights].sort((a, b) => b.created - a.created).slice(0, HIGHLIGHTS_LIMIT);

/** `incoming` merged into `kept`: a highlight already kept is replaced only by a newer version of itself. */
export function merge(
  kept: readonly Highlight[],
  incoming: readonly Highlight[],
): { highlights: Highlight[]; added: number; updated: number } {
  const byId = new Map(kept.map((h) => [h.id, h]));
  let added = 0;
  let updated = 0;
  for (const h of incoming) {
    const old = byId.get(h.id);
    if (!old) added += 1;
    else if (h.modified > old.modified) updated += 1;
    else continue;
    byId.set(h.id, h);
  }
  return { highlights: keep([...byId.values()]), added, updated };
}

/** Where each block starts in the page's text (the blocks joined by line breaks). */
export function blockStarts(page: PageText): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const text of page.texts) {
    starts.push(at);
    at += text.length + 1;
  }
  return starts;
}

/** How many characters two strings share at their ends (`a`'s last with `b`'s last). */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A quote this long that occurs once in the page is taken to be the reader's words even without its context. */
const DISTINCT_QUOTE = 12;
/** Occurrences of a quote weighed at most (a very common word). */
const MAX_OCCURRENCES = 500;

/**
 * Where `highlight` is in `page`, or null when its words are no longer there. Where it was is tried
 * first; otherwise every occurrence of its words is weighed by how much of the text before and after
 * still matches, the nearest to where it was winning a tie. A short quote whose context is gone is
 * not guessed at: it is reported changed rather than drawn on the wrong words.
 */
export function locateHighlight(
  page: PageText,
  highlight: Highlight,
  starts = blockStarts(page),
  joined = page.texts.join("\n"),
  blockIndex = (id: string) => page.ids.indexOf(id),
): Span | null {
  const { exact, prefix, suffix } = highlight;
  const index = highlight.block ? blockIndex(highlight.block) : -1;
  const expected = index >= 0 ? starts[index] + highlight.start : -1;
  const span = (start: number) => ({ start, end: start + exact.length });
  if (expected >= 0 && joined.startsWith(exact, expected)) return span(expected);
  // The words with all their context, once in the page: the best any occurrence could score, found
  // at the cost of one search (a highlight in a block without an id, or one that moved, is found so).
  const whole = prefix + exact + suffix;
  if (whole.length > exact.length) {
    const at = joined.indexOf(whole);
    if (at >= 0 && joined.indexOf(whole, at + 1) < 0) return span(at + prefix.length);
  }
  let best = -1;
  let bestScore = -1;
  let occurrences = 0;
  for (let at = joined.indexOf(exact); at >= 0 && occurrences < MAX_OCCURRENCES; at = joined.indexOf(exact, at + 1)) {
    // Whole words only: a highlight of "chip" is not in "chips".
    if (
      (isWordChar(exact[0]) && isWordChar(joined[at - 1])) ||
      (isWordChar(exact.at(-1)) && isWordChar(joined[at + exact.length]))
    )
      continue;
    occurrences += 1;
    const score =
      sharedEnd(joined.slice(Math.max(0, at - prefix.length), at), prefix) +
      sharedStart(joined.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    const nearer = expected >= 0 && Math.abs(at - expected) < Math.abs(best - expected);
    if (score > bestScore || (score === bestScore && nearer)) {
      best = at;
      bestScore = score;
    }
  }
  if (best < 0) return null;
  const context = prefix.length + suffix.length;
  const enough = context === 0 || bestScore >= Math.min(8, context);
  return enough || (occurrences === 1 && exact.length >= DISTINCT_QUOTE) ? span(best) : null;
}

/** The block a page position falls in, and the offset there. */
export function pointAt(starts: readonly number[], position: number): { block: number; offset: number } {
  const block = lastAtOrBefore(starts, position);
  return { block, offset: position - starts[block] };
}

/** What a highlight keeps of `span` in `page`: its block, offset, words and their context. */
export function anchorOf(page: PageText, span: Span, starts = blockStarts(page), joined = page.texts.join("\n")) {
  const { block, offset } = pointAt(starts, span.start);
  return {
    block: page.ids[block] ?? "",
    start: offset,
    exact: joined.slice(span.start, span.end).slice(0, QUOTE_LIMIT),
    prefix: joined.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
    suffix: joined.slice(span.end, span.end + CONTEXT_CHARS),
  };
}

/** A new random id. */
export const newId = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The articles highlights are kept for, newest highlight first, with their highlights newest first. */
export function byArticle(
  highlights: readonly Highlight[],
): { slug: string; title: string; published: string; highlights: Highlight[] }[] {
  const groups = new Map<string, { slug: string; title: string; published: string; highlights: Highlight[] }>();
  for (const h of keep(highlights)) {
    const group = groups.get(h.slug) ?? {
      slug: h.slug,
      title: h.title || h.slug,
      published: h.published,
      highlights: [],
    };
    group.highlights.push(h);
    groups.set(h.slug, group);
  }
  return [...groups.values()];
}
