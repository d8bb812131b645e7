/**
 * What Gloss adds around Pagefind on the search page, as pure functions: the query as read from an
 * address, which terms a query names, and a result's excerpt as text. Server and browser alike.
 */
import { MAX_QUERY_LENGTH, NAMES_SEPARATOR } from "./fields";

/** The query of `/search?q=…`, or of the field: spaces closed up, cut at MAX_QUERY_LENGTH. */
export function cleanQuery(raw: string | null | undefined): string {
  return Array.from((raw ?? "").replace(/\s+/g, " ").trim())
    .slice(0, MAX_QUERY_LENGTH)
    .join("")
    .trim();
}

/** Lower-case words without accents: "Über-GPUs" → ["uber", "gpus"]. */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Whether a term is what `query` asks for, by one of its `names` (its term and aliases): every word
 * of the query begins a word of the name, as a reader types it ("graph proc" for "Graphics
 * Processing Unit"), or the whole name is in the query ("meta graviton deal" for "Graviton").
 */
export function namesMatch(query: string, names: string[]): boolean {
  const asked = words(query);
  if (asked.length === 0) return false;
  return names.some((name) => {
    const named = words(name);
    if (named.length === 0) return false;
    const begins = asked.every((word) => named.some((part) => part.startsWith(word)));
    return begins || containsRun(asked, named);
  });
}

/** Whether `run` appears in `list` as consecutive items. */
function containsRun(list: string[], run: string[]): boolean {
  for (let start = 0; start + run.length <= list.length; start++) {
    if (run.every((word, offset) => list[start + offset] === word)) return true;
  }
  return false;
}

/** A term's names as the index keeps them ("GPU|GPUs|Graphics Processing Unit"). */
export const splitNames = (names: string | undefined) => (names ? names.split(NAMES_SEPARATOR) : []);

export interface ExcerptPart {
  text: string;
  /** A word the query found. */
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

const decode = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });

/** The text of an HTML fragment: tags dropped (a space for each), entities decoded. */
export const htmlText = (html: string) => decode(html.replace(/<[^>]*>/g, " "));

/**
 * Pagefind's excerpt, text with `<mark>` around the words found, as parts to show as text: the page
 * never injects an excerpt as HTML, whatever an article contains.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === "<mark>" || piece === "</mark>") {
      marked = piece === "<mark>";
      continue;
    }
    const text = decode(piece.replace(/<[^>]*>/g, ""));
    if (text) parts.push({ text, marked });
  }
  return parts;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** What the results say, and what a screen reader hears: "1 term and 12 articles for “GPU”." */
export function resultSummary(query: string, terms: number, articles: number): string {
  if (terms + articles === 0) return `Nothing found for “${query}”.`;
  const found = [terms > 0 && count(terms, "term", "terms"), articles > 0 && count(articles, "article", "articles")];
  return `${found.filter(Boolean).join(" and ")} for “${query}”.`;
}
