/**
 * The search page's one door to Pagefind: loads its script from this site (never another host),
 * asks for terms and articles separately, and turns what it finds into plain results.
 */
import "client-only";
import {
  DATE_META,
  KIND_FILTER,
  NAMES_META,
  PAGEFIND_PATH,
  SHARDS_FILE,
  SHORT_META,
  VOCABULARY_FILE,
  type SearchKind,
} from "./fields";
import { indexFile } from "./index-files-client";
import { excerptParts, namesMatch, splitNames, words } from "./query";
import { correctable, readCounts, sameWord, vocabulary, type Vocabulary } from "./vocabulary";

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (query: string, options: { filters: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

export interface TermHit {
  url: string;
  name: string;
  short: string;
}
export interface ArticleHit {
  url: string;
  title: string;
  /** "2026-04-24", or "" when the page has none. */
  date: string;
  excerpt: string;
}

export interface Found {
  /** Terms the query names (by their name or another name), best first. */
  terms: TermHit[];
  /** Other terms whose explanations use its words. */
  mentions: TermHit[];
  /** Every article found, best first; `articles` holds the first of them, read. */
  articleTotal: number;
  articles: ArticleHit[];
  /** Reads the next `count` articles found. */
  more: (count: number) => Promise<ArticleHit[]>;
}

/** Terms whose name matches are near the top of Pagefind's ranking (names weigh most); so many are read. */
const TERM_CANDIDATES = 6;
const MAX_TERMS = 5;
const MAX_MENTIONS = 5;

let loading: Promise<Pagefind> | undefined;

/** Pagefind's script, loaded once, when the search page opens. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_PATH)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    // A large archive's index comes in shards (lib/search/build-index.ts): the older ones are merged in.
    const shards = (await (await indexFile(SHARDS_FILE)).json()) as string[];
    await Promise.all(shards.map((shard) => pagefind.mergeIndex(indexFile.url(`${shard}/`))));
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, or a site built without its index) may succeed on the next query.
  loading.catch(() => (loading = undefined));
  return loading;
}

let vocabularyLoading: Promise<Vocabulary> | undefined;

/** The words the index holds, loaded the first time a query finds nothing and may be misspelt. */
export function loadVocabulary(): Promise<Vocabulary> {
  vocabularyLoading ??= indexFile(VOCABULARY_FILE).then(async (response) =>
    vocabulary(readCounts(await response.text())),
  );
  vocabularyLoading.catch(() => (vocabularyLoading = undefined));
  return vocabularyLoading;
}

/** A query of more words than this is a pasted passage, not a name half-remembered: only its first are looked up. */
const MAX_LOOKED_UP = 8;

/** Results whose excerpts are read to tell whether a word was found as typed. */
const EXCERPTS_READ = 3;

/**
 * The words of `query` that the index does not hold and that may be corrected. Pagefind leaves out
 * of a search the words it has nothing for, and answers some with words that only begin like them
 * ("trainum" finds "training"), so a word counts as found only when the excerpts of the articles
 * in `results` (or, failing those, of its own first results, looked up alone) mark it or another form
 * of it (`sameWord`).
 */
export async function wordsMatchingNothing(query: string, results: Found): Promise<Set<string>> {
  // A word marked in the results already read was found: only the others are looked up.
  const seen = markedWords(results.articles.map((article) => article.excerpt));
  const asked = [...new Set(words(query))]
    .filter(correctable)
    .slice(0, MAX_LOOKED_UP)
    .filter((word) => !seen.some((other) => sameWord(word, other)));
  if (asked.length === 0) return new Set();
  const pagefind = await loadPagefind();
  const found = await Promise.all(
    asked.map(async (word) => {
      const { results } = await pagefind.search(word, { filters: {} });
      const read = await Promise.all(results.slice(0, EXCERPTS_READ).map((result) => result.data()));
      const marked = markedWords(read.map(({ excerpt }) => excerpt));
      // Found, and nothing marked to tell how: the word stands.
      if (results.length > 0 && marked.length === 0) return true;
      return marked.some((other) => sameWord(word, other));
    }),
  );
  return new Set(asked.filter((_, index) => !found[index]));
}

/** The words Pagefind marked in `excerpts`. */
const markedWords = (excerpts: string[]) =>
  excerpts.flatMap((excerpt) => excerptParts(excerpt).flatMap((part) => (part.marked ? words(part.text) : [])));

/** Whether a search found nothing at all. */
export const foundNothing = (found: Found) => found.terms.length + found.mentions.length + found.articleTotal === 0;

const byKind = (pagefind: Pagefind, query: string, kind: SearchKind) =>
  pagefind.search(query, { filters: { [KIND_FILTER]: kind } });

const toTerm = ({ url, meta }: PagefindData): TermHit => ({
  url,
  name: meta.title ?? url,
  short: meta[SHORT_META] ?? "",
});

const toArticle = ({ url, excerpt, meta }: PagefindData): ArticleHit => ({
  url,
  title: meta.title ?? url,
  date: meta[DATE_META] ?? "",
  excerpt,
});

/** Terms named by `query`, others that use its words, then the first `count` articles that do. */
export async function search(query: string, count: number): Promise<Found> {
  const pagefind = await loadPagefind();
  const [termsFound, articlesFound] = await Promise.all([
    byKind(pagefind, query, "term"),
    byKind(pagefind, query, "article"),
  ]);
  const candidates = await Promise.all(termsFound.results.slice(0, TERM_CANDIDATES).map((result) => result.data()));
  const named = candidates.map((data) => namesMatch(query, splitNames(data.meta[NAMES_META])));
  const terms = candidates
    .filter((_, index) => named[index])
    .slice(0, MAX_TERMS)
    .map(toTerm);
  const mentions = candidates
    .filter((_, index) => !named[index])
    .slice(0, MAX_MENTIONS)
    .map(toTerm);
  let read = 0;
  const more = async (next: number) => {
    const slice = articlesFound.results.slice(read, read + next);
    read += slice.length;
    return (await Promise.all(slice.map((result) => result.data()))).map(toArticle);
  };
  return { terms, mentions, articleTotal: articlesFound.results.length, articles: await more(count), more };
}
