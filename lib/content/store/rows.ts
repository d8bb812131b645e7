import { readFileSync } from "node:fs";
import type { Article } from "../../schema";
import { createArticleBuilder, tryMatcher } from "../articles";
import type { SourceFile } from "../files";
import { buildGlossary } from "../glossary";
import { Problems } from "../problems";
import { packArticle } from "./db";
import { type Listed, source } from "./listing";

/**
 * How an article becomes a row of the store: rendered against a glossary, in this process or in a
 * worker of the render pool (pool.ts), with its problems.
 */

/** The fields lists of articles show, kept apart so that a list never reads a whole article. */
export function summaryOf(article: Article) {
  const { slug, title, dek, date, updated, corrections, wordCount, readingTime } = article;
  return { slug, title, dek, date, updated, corrections, wordCount, readingTime };
}

/** The day an article last changed: its last update or correction after it was published, or that day. */
const modifiedOf = (article: Article) =>
  [article.date, article.updated ?? "", ...(article.corrections ?? []).map((c) => c.date)].sort().at(-1)!;

/** A glossary file as read, without its line finder: what a worker needs to build the glossary again. */
export type GlossarySource = Omit<SourceFile, "fieldLine">;

/** An article as the store writes it. */
export interface Row {
  slug: string;
  file: string;
  date: string;
  title: string;
  modified: string;
  sections: number;
  /** Whether it shows "Chips at a glance". */
  chips: boolean;
  summary: string;
  article: Buffer;
  terms: string[];
  refs: string[];
}

/** Renders articles to rows, in any order, each with the problems its file has. */
export type RenderMany = (
  jobs: { listed: Listed; bytes?: Buffer }[],
  glossary: GlossarySource[],
  glossaryFolder: string,
) => AsyncIterable<{ row?: Row; problems: string[] }>;

/** A renderer of one file at a time against `glossary` (problems of the glossary itself are the caller's). */
export function createRowRenderer(glossarySources: GlossarySource[], glossaryFolder: string) {
  const quiet = new Problems();
  const glossary = buildGlossary(
    glossarySources.map((file) => ({ ...file, fieldLine: () => undefined })),
    quiet,
  );
  const build = createArticleBuilder(glossary, tryMatcher([...glossary.values()], glossaryFolder, quiet));
  return (listed: Listed, bytes: Buffer): { row?: Row; problems: string[] } => {
    const problems = new Problems();
    const file = source(listed, bytes, problems);
    const article = file && build(file, problems);
    if (!article) return { problems: problems.list };
    const refs = [...Object.values(article.glossary?.add ?? {}), ...(article.glossary?.ignore ?? [])];
    const row: Row = {
      slug: article.slug,
      file: listed.file,
      date: article.date,
      title: article.title,
      modified: modifiedOf(article),
      sections: article.sections.length,
      chips: article.chipsAt !== undefined,
      summary: JSON.stringify(summaryOf(article)),
      article: packArticle(article),
      terms: [...new Set(article.terms)],
      refs: [...new Set(refs)],
    };
    return { row, problems: [] };
  };
}

/** Renders in this process, one article after another. */
export const renderHere: RenderMany = async function* (jobs, glossary, folder) {
  const render = createRowRenderer(glossary, folder);
  for (const { listed, bytes } of jobs) yield render(listed, bytes ?? readFileSync(listed.file));
};
