import path from "node:path";
import type { Article, ChipEntry, GlossaryEntry, Month } from "../schema";
import { groupByMonth } from "./archive";
import { buildArticles, tryMatcher } from "./articles";
import { displayPath, readFolder } from "./files";
import { buildGlossary } from "./glossary";
import { Problems } from "./problems";
import { relatedReading } from "./related";

/** Everything the site shows, validated and rendered, with the indexes its pages ask. */
export interface Content {
  /** Newest first. */
  articles: Article[];
  bySlug: ReadonlyMap<string, Article>;
  glossary: ReadonlyMap<string, GlossaryEntry>;
  /** The entries that describe chips, in table order. */
  chips: ChipEntry[];
  /** For each term id, the articles that link it, newest first. */
  articlesByTerm: ReadonlyMap<string, Article[]>;
  /** The archive: months newest first, each with its articles oldest first. */
  months: Month[];
  monthByKey: ReadonlyMap<string, Month>;
  /** For each slug, up to three articles to read next. */
  related: ReadonlyMap<string, Article[]>;
}

/** The folder content is read from: `CONTENT_DIR`, or `content/` in the working directory. */
export function contentRoot(): string {
  // Read at build time only, so the folder need not be traced into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");
}

/** The lookups every page needs, built once from the loaded content. */
function index(articles: Article[], glossary: ReadonlyMap<string, GlossaryEntry>): Content {
  const articlesByTerm = new Map<string, Article[]>([...glossary.keys()].map((id) => [id, []]));
  for (const article of articles) for (const id of article.terms) articlesByTerm.get(id)?.push(article);
  const chips = [...glossary.values()]
    .flatMap((entry) => (entry.chip ? [{ ...entry, chip: entry.chip }] : []))
    .sort((a, b) => a.chip.order - b.chip.order);
  const months = groupByMonth(articles);
  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    glossary,
    chips,
    articlesByTerm,
    months,
    monthByKey: new Map(months.map((month) => [month.key, month])),
    related: relatedReading(articles),
  };
}

/**
 * Reads, validates and renders every article and glossary term under `root`. Throws a ContentError
 * naming each bad file and field; it never returns a partial site.
 */
export async function loadContent(root: string = contentRoot()): Promise<Content> {
  const problems = new Problems();
  const [articleFiles, glossaryFiles] = await Promise.all([
    readFolder(path.join(root, "articles"), problems, true),
    readFolder(path.join(root, "glossary"), problems, false),
  ]);
  const glossary = buildGlossary(glossaryFiles, problems);
  const matcher = tryMatcher([...glossary.values()], displayPath(path.join(root, "glossary")), problems);
  const articles = buildArticles(articleFiles, glossary, matcher, problems);
  problems.throwIfAny();
  articles.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return index(articles, glossary);
}
