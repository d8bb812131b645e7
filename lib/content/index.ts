// The queries pages ask, on the server only: no client component can import the content loader.
import "server-only";
import type { Article, ChipEntry, GlossaryEntry, Month } from "../schema";
import { lastModified } from "../format";
import { ARCHIVE_PATH, archivePath, articlePath, GLOSSARY_PATH, termArticlesPath, termPath } from "../paths";
import { settings } from "../settings";
import type { SitemapEntry } from "../feeds/sitemap";
import { pageCount, pageOf } from "./archive";
import { loadContent, type Content } from "./load";

export { contentRoot, loadContent, type Content } from "./load";
export { ContentError } from "./problems";

let cached: Promise<Content> | undefined;

/** The site's content, loaded once per process (once per build), however many pages ask for it. */
function getContent(): Promise<Content> {
  cached ??= loadContent();
  return cached;
}

/** Every article, newest first. */
export async function getArticles(): Promise<Article[]> {
  return (await getContent()).articles;
}

/** The newest `count` articles. */
export async function getLatest(count: number): Promise<Article[]> {
  return (await getContent()).articles.slice(0, count);
}

/** One article by slug, or undefined. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getContent()).bySlug.get(slug);
}

/** The glossary entries an article links to, in order of first appearance. */
export async function getArticleGlossary(article: Article): Promise<GlossaryEntry[]> {
  const { glossary } = await getContent();
  return article.terms.map((id) => glossary.get(id)!);
}

/** Up to three articles to read after `article` (none when nothing shares a telling term). */
export async function getRelated(article: Article): Promise<Article[]> {
  return (await getContent()).related.get(article.slug) ?? [];
}

/** The glossary entries that describe chips, in table order. */
export async function getChips(): Promise<ChipEntry[]> {
  return (await getContent()).chips;
}

/** Every glossary entry, A to Z by term, with how many articles use it. */
export async function getGlossaryIndex(): Promise<{ entry: GlossaryEntry; count: number }[]> {
  const { glossary, articlesByTerm } = await getContent();
  return [...glossary.values()]
    .sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }))
    .map((entry) => ({ entry, count: articlesByTerm.get(entry.id)?.length ?? 0 }));
}

/** The months of the archive, newest first. */
export async function getMonths(): Promise<Month[]> {
  return (await getContent()).months;
}

/** A page of a month ("2026-04"), with its page count and the months either side, or undefined. */
export async function getMonthPage(key: string, page: number) {
  const { months, monthByKey } = await getContent();
  const month = monthByKey.get(key);
  const articles = month && pageOf(month.articles, page, settings.pageSize());
  if (!month || !articles) return undefined;
  const at = months.indexOf(month);
  const pages = pageCount(month.articles.length, settings.pageSize());
  return { month, articles, page, pages, newer: months[at - 1], older: months[at + 1] };
}

/** Every page of the archive as route parameters: each month, and its pages after the first. */
export async function getArchivePages(): Promise<{ year: string; month: string; page: number }[]> {
  return (await getContent()).months.flatMap((month) =>
    Array.from({ length: pageCount(month.articles.length, settings.pageSize()) }, (_, index) => ({
      year: month.key.slice(0, 4),
      month: month.key.slice(5, 7),
      page: index + 1,
    })),
  );
}

/** A term's page: the entry, its related entries, its newest articles, and how many pages hold them all. */
export async function getTerm(id: string) {
  const { glossary, articlesByTerm } = await getContent();
  const entry = glossary.get(id);
  if (!entry) return undefined;
  const articles = articlesByTerm.get(id) ?? [];
  return {
    entry,
    related: entry.related.map((other) => glossary.get(other)!),
    newest: articles.slice(0, settings.termArticles()),
    total: articles.length,
    pages: pageCount(articles.length, settings.pageSize()),
  };
}

/**
 * Page `page` of every article that uses a term, oldest first (so a page keeps its articles as new
 * ones arrive), or undefined.
 */
export async function getTermArticles(id: string, page: number) {
  const { glossary, articlesByTerm } = await getContent();
  const entry = glossary.get(id);
  const all = [...(articlesByTerm.get(id) ?? [])].reverse();
  const articles = entry && pageOf(all, page, settings.pageSize());
  if (!entry || !articles || all.length === 0) return undefined;
  return { entry, articles, page, pages: pageCount(all.length, settings.pageSize()), total: all.length };
}

/**
 * Every page of every term's articles, as route parameters: for each term with more articles than
 * its own page lists.
 */
export async function getTermArticlePages(): Promise<{ term: string; page: number }[]> {
  const { glossary, articlesByTerm } = await getContent();
  return [...glossary.keys()].flatMap((term) => {
    const count = articlesByTerm.get(term)?.length ?? 0;
    const pages = count > settings.termArticles() ? pageCount(count, settings.pageSize()) : 0;
    return Array.from({ length: pages }, (_, index) => ({ term, page: index + 1 }));
  });
}

/** Every address a search engine should know: pages, articles, terms and the archive. */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const { articles, glossary } = await getContent();
  const termPages = [
    ...[...glossary.keys()].map(termPath),
    ...(await getTermArticlePages()).map(({ term, page }) => termArticlesPath(term, page)),
  ];
  const archivePages = (await getArchivePages()).map(({ year, month, page }) => archivePath(`${year}-${month}`, page));
  return [
    { path: "/", lastModified: articles[0]?.date },
    { path: GLOSSARY_PATH },
    { path: ARCHIVE_PATH, lastModified: articles[0]?.date },
    ...articles.map((article) => ({
      path: articlePath(article.slug),
      lastModified: lastModified(article) ?? article.date,
    })),
    ...termPages.map((path) => ({ path })),
    ...archivePages.map((path) => ({ path })),
  ];
}
