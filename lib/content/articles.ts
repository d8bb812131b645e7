import { MarkdownError } from "../markdown/error";
import { readBody } from "../markdown/rendered";
import { articlePath } from "../paths";
import { absoluteUrl } from "../site";
import { createRenderer } from "../markdown/render";
import { createTermMatcher, type TermMatcher } from "../markdown/term-matcher";
import { readingTime } from "../format";
import { articleFrontmatterSchema, type Article, type ArticleFrontmatter, type GlossaryEntry } from "../schema";
import type { SourceFile } from "./files";
import { checkTermIds, validate } from "./glossary";
import type { Problems } from "./problems";

type Glossary = ReadonlyMap<string, GlossaryEntry>;
type TermEntries = Parameters<typeof createTermMatcher>[0];

/** The matcher for `entries`, or undefined with a problem reported for `where` when two claim one phrase. */
export function tryMatcher(entries: TermEntries, where: string, problems: Problems): TermMatcher | undefined {
  try {
    return createTermMatcher(entries);
  } catch (error) {
    return problems.report(where, (error as Error).message);
  }
}

/** The glossary as one article sees it: its ignored terms left out, its added phrases in. */
function articleTerms(glossary: Glossary, add: Record<string, string>, ignore: string[]): TermEntries {
  const kept = [...glossary.values()].filter((entry) => !ignore.includes(entry.id));
  const extra = Object.entries(add).map(([phrase, id]) => ({ id, term: phrase, aliases: [] }));
  return [...kept, ...extra];
}

/**
 * Validates and renders one article file at a time with glossary links (an article that adds
 * phrases or ignores terms gets a matcher of its own), against one glossary. Problems are reported
 * with the file and, for the body, the file's line; the article is undefined when there are any.
 */
export function createArticleBuilder(glossary: Glossary, matcher: TermMatcher | undefined) {
  const render = createRenderer({ matcher });
  return (file: SourceFile, problems: Problems): Article | undefined => {
    const data = validate(articleFrontmatterSchema, file, "article", problems);
    return data && buildArticle(file, data, glossary, render, problems);
  };
}

/** Every article of `files` (see createArticleBuilder). */
export function buildArticles(files: SourceFile[], glossary: Glossary, matcher: TermMatcher | undefined, problems: Problems) {
  const build = createArticleBuilder(glossary, matcher);
  return files.flatMap((file) => build(file, problems) ?? []);
}

function buildArticle(
  file: SourceFile,
  data: ArticleFrontmatter,
  glossary: Glossary,
  render: ReturnType<typeof createRenderer>,
  problems: Problems,
): Article | undefined {
  if (!file.body.trim()) return problems.report(file.name, "the article body is empty");
  if (!checkDates(file, data, problems)) return undefined;
  const options = data.glossary;
  const refs = { "glossary.add": Object.values(options?.add ?? {}), "glossary.ignore": options?.ignore ?? [] };
  if (!checkTermIds(file, refs, glossary, problems)) return undefined;
  const custom = options && (Object.keys(options.add).length > 0 || options.ignore.length > 0);
  const renderArticle = custom
    ? createRenderer({ matcher: tryMatcher(articleTerms(glossary, options.add, options.ignore), file.name, problems) })
    : render;
  try {
    const body = renderArticle(file.body);
    if (options?.chipsAfter && !body.sections.some((section) => section.id === options.chipsAfter)) {
      return problems.report(file.name, `glossary.chipsAfter names no section of this article: "${options.chipsAfter}"`);
    }
    const views = readBody(body.html, {
      sections: body.sections,
      chipsAfter: options?.chipsAfter,
      pageUrl: absoluteUrl(articlePath(file.id)),
      absolute: absoluteUrl,
    });
    return { ...data, ...body, ...views, slug: file.id, readingTime: readingTime(body.wordCount) };
  } catch (error) {
    if (!(error instanceof MarkdownError)) throw error;
    return problems.report(file.name, error.message, error.line === undefined ? undefined : error.line + file.bodyLine);
  }
}

/** An update or a correction cannot come before the article was published. */
function checkDates(file: SourceFile, data: ArticleFrontmatter, problems: Problems): boolean {
  const early = [
    ...(data.updated && data.updated < data.date ? [{ path: ["updated"], day: data.updated }] : []),
    ...(data.corrections ?? []).flatMap((correction, index) =>
      correction.date < data.date ? [{ path: ["corrections", index, "date"], day: correction.date }] : [],
    ),
  ];
  for (const { path, day } of early) {
    const field = path.join(".");
    const line = file.fieldLine(path);
    problems.report(
      file.name,
      `${field}${line === undefined ? "" : ` (line ${line})`}: ${day} is before the article's date, ${data.date}`,
    );
  }
  return early.length === 0;
}
