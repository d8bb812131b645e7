import path from "node:path";
import type { Article, GlossaryEntry } from "../schema";
import { buildArticles, tryMatcher } from "./articles";
import { displayPath, readFolder } from "./files";
import { buildGlossary } from "./glossary";
import { Problems } from "./problems";

/** Every article and glossary entry under a content root, validated and rendered, held in memory. */
export interface Content {
  /** Newest first. */
  articles: Article[];
  glossary: ReadonlyMap<string, GlossaryEntry>;
}

/** The folder content is read from: `CONTENT_DIR`, or `content/` in the working directory. */
export function contentRoot(): string {
  // Read at run time, so the folder need not be traced into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");
}

/**
 * Reads, validates and renders every article and glossary term under `root` into memory, for tools
 * and tests on small content; the site reads the content store (lib/content/store), which keeps
 * the same results between runs. Throws a ContentError naming each bad file and field; it never
 * returns a partial site.
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
  return { articles, glossary };
}
