import type { Article, GlossaryEntry } from "../schema";
import { loadContent, type ChipEntry, type Content } from "./load";

export { contentRoot, loadContent, type ChipEntry, type Content } from "./load";
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

/** One article by slug, or undefined. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getContent()).bySlug.get(slug);
}

/** The glossary entries an article links to, in order of first appearance. */
export async function getArticleGlossary(article: Article): Promise<GlossaryEntry[]> {
  const { glossary } = await getContent();
  return article.terms.map((id) => glossary.get(id)!);
}

/** The glossary entries that describe chips, in table order. */
export async function getChips(): Promise<ChipEntry[]> {
  return (await getContent()).chips;
}

/** Every glossary entry, A to Z by term, with the articles that use it. */
export async function getGlossaryIndex(): Promise<{ entry: GlossaryEntry; articles: Article[] }[]> {
  const { glossary, articlesByTerm } = await getContent();
  return [...glossary.values()]
    .sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }))
    .map((entry) => ({ entry, articles: articlesByTerm.get(entry.id) ?? [] }));
}
