// The queries pages ask, on the server only: no client component can import the content loader.
import "server-only";
import type { Article, ArticleSummary, ChipEntry, GlossaryEntry } from "../schema";
import { isExport } from "../build-output";
import { settings } from "../settings";
import { store } from "./reader";

export { contentRoot, loadContent, type Content } from "./load";
export { ContentError } from "./problems";
export * from "./lists";

/** One article by slug, or undefined. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await store()).article(slug);
}

/** The newest `count` articles, as lists show them. */
export async function getLatest(count: number): Promise<ArticleSummary[]> {
  return (await store()).newest(count);
}

/** The newest `count` articles, whole: for the feeds. */
export async function getLatestArticles(count: number): Promise<Article[]> {
  return (await store()).newestArticles(count);
}

/**
 * The articles `next build` writes as pages (the newest PRERENDER_ARTICLES); every other article is
 * rendered on its first request and kept. An export writes every article.
 */
export async function getPrerenderedSlugs(): Promise<string[]> {
  const reader = await store();
  return reader.newestSlugs(isExport() ? reader.articleCount() : settings.prerenderArticles());
}

/** The glossary entries an article links to, in order of first appearance. */
export async function getArticleGlossary(article: Article): Promise<GlossaryEntry[]> {
  const entries = (await store()).entries(article.terms);
  return article.terms.map((id) => entries.get(id)!);
}

/** Up to three articles to read after `article` (none when nothing shares a telling term). */
export async function getRelated(article: Article): Promise<ArticleSummary[]> {
  return (await store()).relatedTo(article.slug);
}

/** The glossary entries that describe chips, in table order. */
export async function getChips(): Promise<ChipEntry[]> {
  return (await store())
    .glossary()
    .flatMap((entry) => (entry.chip ? [{ ...entry, chip: entry.chip }] : []))
    .sort((a, b) => a.chip.order - b.chip.order);
}

/** Every glossary entry, A to Z by term, with how many articles use it. */
export async function getGlossaryIndex(): Promise<{ entry: GlossaryEntry; count: number }[]> {
  const reader = await store();
  const counts = reader.termCounts();
  return reader
    .glossary()
    .sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }))
    .map((entry) => ({ entry, count: counts.get(entry.id) ?? 0 }));
}

