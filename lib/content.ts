import { appendFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { z } from "zod";
import { createTermMatcher } from "./glossary";
import { readingTime } from "./format";
import { createRenderer } from "./markdown";
import { MarkdownError } from "./markdown-error";
import {
  articleFrontmatterSchema,
  formatIssues,
  glossaryFrontmatterSchema,
  slugSchema,
  type Article,
  type GlossaryEntry,
} from "./schema";

/** Everything the site shows, validated and rendered. */
export interface Content {
  /** Newest first. */
  articles: Article[];
  glossary: Map<string, GlossaryEntry>;
}

/** One or more content files are wrong; the message lists each file once, with every problem. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} content problem${problems.length === 1 ? "" : "s"}:\n${problems.join("\n")}`);
    this.name = "ContentError";
  }
}


/** The folder content is read from: `CONTENT_DIR`, or `content/` in the working directory. */
export function contentRoot(): string {
  // Read at build time only, so the folder need not be traced into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");
}

/** YAML's core schema keeps `2026-04-24` a string, so the zod schema (not the YAML parser) judges dates. */
function parseYaml(source: string): object {
  const data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  if (data === undefined || data === null) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new Error("expected `field: value` lines");
  return data;
}
const matterOptions = { engines: { yaml: parseYaml } };

interface SourceFile {
  /** Path as shown in messages: relative to the working directory. */
  name: string;
  id: string;
  data: unknown;
  body: string;
  /** Lines before the body (the frontmatter), to turn body lines into file lines. */
  bodyLine: number;
}

/** Far above any article (the seed is 4 KB); a larger file is refused rather than half-built. */
const MAX_FILE_BYTES = 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });

const displayPath = (file: string) => path.relative(process.cwd(), file) || ".";

/** A content file's text, or why it cannot be used: too large, or not UTF-8. */
async function readText(file: string, name: string): Promise<{ text: string } | { problem: string }> {
  const bytes = await readFile(file);
  if (bytes.length > MAX_FILE_BYTES) {
    const size = (bytes.length / 2 ** 20).toFixed(1);
    return { problem: `${name}: the file is ${size} MB; content files are limited to ${MAX_FILE_BYTES / 2 ** 20} MB` };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: `${name}: the file is not valid UTF-8 text` };
  }
}

async function readFolder(folder: string, problems: string[], required: boolean): Promise<SourceFile[]> {
  let entries: string[] = [];
  try {
    entries = await readdir(folder);
  } catch {
    if (required) problems.push(`${displayPath(folder)}: folder not found (set CONTENT_DIR to the content root)`);
  }
  const names = entries.filter((name) => name.endsWith(".md")).sort();
  const files = await Promise.all(
    names.map(async (fileName): Promise<SourceFile | undefined> => {
      const file = path.join(folder, fileName);
      const name = displayPath(file);
      const id = fileName.slice(0, -3);
      if (!slugSchema.safeParse(id).success) {
        problems.push(`${name}: the file name must be lowercase letters, digits and hyphens (it becomes the URL)`);
        return undefined;
      }
      const read = await readText(file, name);
      if ("problem" in read) {
        problems.push(read.problem);
        return undefined;
      }
      try {
        const source = read.text;
        const parsed = matter(source, matterOptions);
        const bodyLine = source.split("\n").length - parsed.content.split("\n").length;
        return { name, id, data: parsed.data, body: parsed.content, bodyLine };
      } catch (error) {
        problems.push(`${name}: frontmatter cannot be read\n  ${(error as Error).message.split("\n")[0]}`);
        return undefined;
      }
    }),
  );
  return files.filter((file): file is SourceFile => file !== undefined);
}

function validate<T extends z.ZodType>(schema: T, file: SourceFile, kind: string, problems: string[]) {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  problems.push(`${file.name}: frontmatter does not match the ${kind} schema\n${formatIssues(result.error)}`);
  return undefined;
}

/** Reports every id in `fields` that is not a glossary term; true when all are known. */
function checkTermIds(
  file: SourceFile,
  fields: Record<string, readonly string[]>,
  glossary: Map<string, GlossaryEntry>,
  problems: string[],
): boolean {
  const unknown = Object.entries(fields).flatMap(([field, ids]) =>
    ids.filter((id) => !glossary.has(id)).map((id) => `  ${field}: "${id}" is not a glossary term`),
  );
  if (unknown.length) problems.push(`${file.name}: frontmatter refers to unknown glossary terms\n${unknown.join("\n")}`);
  return unknown.length === 0;
}

/** The matcher for `entries`, or undefined with a problem reported for `where` when phrases clash. */
function tryMatcher(entries: Parameters<typeof createTermMatcher>[0], where: string, problems: string[]) {
  try {
    return createTermMatcher(entries);
  } catch (error) {
    problems.push(`${where}: ${(error as Error).message}`);
    return undefined;
  }
}

/** The glossary as one article sees it: its ignored terms left out, its added phrases in. */
function articleTerms(glossary: Map<string, GlossaryEntry>, add: Record<string, string>, ignore: string[]) {
  const kept = [...glossary.values()].filter((entry) => !ignore.includes(entry.id));
  const extra = Object.entries(add).map(([phrase, id]) => ({ id, term: phrase, aliases: [] }));
  return [...kept, ...extra];
}

/**
 * Reads, validates and renders every article and glossary term under `root`. Throws a ContentError
 * naming each bad file and field; it never returns a partial site.
 */
export async function loadContent(root: string = contentRoot()): Promise<Content> {
  const problems: string[] = [];
  const [articleFiles, glossaryFiles] = await Promise.all([
    readFolder(path.join(root, "articles"), problems, true),
    readFolder(path.join(root, "glossary"), problems, false),
  ]);

  const plain = createRenderer({ anchors: false });
  const glossary = new Map<string, GlossaryEntry>();
  const glossaryFileOf = new Map<string, SourceFile>();
  for (const file of glossaryFiles) {
    const data = validate(glossaryFrontmatterSchema, file, "glossary", problems);
    if (!data) continue;
    if (!file.body.trim()) {
      problems.push(`${file.name}: the explanation (the Markdown body) is empty`);
      continue;
    }
    const [firstParagraph] = file.body.trim().split(/\n\s*\n/);
    glossary.set(file.id, {
      ...data,
      id: file.id,
      html: plain(file.body).html,
      summaryHtml: plain(firstParagraph).html,
    });
    glossaryFileOf.set(file.id, file);
  }
  for (const entry of glossary.values()) {
    checkTermIds(glossaryFileOf.get(entry.id)!, { related: entry.related }, glossary, problems);
  }

  const baseMatcher = tryMatcher([...glossary.values()], displayPath(path.join(root, "glossary")), problems);
  const render = createRenderer({ matcher: baseMatcher });

  const articles: Article[] = [];
  for (const file of articleFiles) {
    const data = validate(articleFrontmatterSchema, file, "article", problems);
    if (!data) continue;
    if (!file.body.trim()) {
      problems.push(`${file.name}: the article body is empty`);
      continue;
    }
    const options = data.glossary;
    const refs = { "glossary.add": Object.values(options?.add ?? {}), "glossary.ignore": options?.ignore ?? [] };
    if (!checkTermIds(file, refs, glossary, problems)) continue;
    // An article that adds phrases or ignores terms gets a matcher of its own.
    const custom = options && (Object.keys(options.add).length > 0 || options.ignore.length > 0);
    const renderArticle = custom
      ? createRenderer({ matcher: tryMatcher(articleTerms(glossary, options.add, options.ignore), file.name, problems) })
      : render;
    try {
      const body = renderArticle(file.body);
      if (options?.chipsAfter && !body.sections.some((section) => section.id === options.chipsAfter)) {
        problems.push(`${file.name}: glossary.chipsAfter names no section of this article: "${options.chipsAfter}"`);
        continue;
      }
      articles.push({ ...data, ...body, slug: file.id, readingTime: readingTime(body.wordCount) });
    } catch (error) {
      if (!(error instanceof MarkdownError)) throw error;
      const where = error.line === undefined ? file.name : `${file.name}:${error.line + file.bodyLine}`;
      problems.push(`${where}: ${error.message}`);
    }
  }

  if (problems.length) throw new ContentError(problems);
  articles.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return { articles, glossary };
}

let cached: Promise<Content> | undefined;

/** The site's content, loaded once per process (once per build), however many pages ask for it. */
export function getContent(): Promise<Content> {
  if (!cached) {
    // The build benchmark counts how many processes load the content (GLOSS_LOAD_LOG names a file).
    if (process.env.GLOSS_LOAD_LOG) appendFileSync(process.env.GLOSS_LOAD_LOG, `${process.pid}\n`);
    cached = loadContent();
  }
  return cached;
}

/** Every article, newest first. */
export async function getArticles(): Promise<Article[]> {
  return (await getContent()).articles;
}

/** One article by slug, or undefined. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getContent()).articles.find((article) => article.slug === slug);
}

/** The glossary entries an article links to, in order of first appearance. */
export async function getArticleGlossary(article: Article): Promise<GlossaryEntry[]> {
  const { glossary } = await getContent();
  return article.terms.map((id) => glossary.get(id)!);
}

/** The glossary entries that describe chips, in table order. */
export async function getChips(): Promise<(GlossaryEntry & { chip: NonNullable<GlossaryEntry["chip"]> })[]> {
  const { glossary } = await getContent();
  return [...glossary.values()]
    .flatMap((entry) => (entry.chip ? [{ ...entry, chip: entry.chip }] : []))
    .sort((a, b) => a.chip.order - b.chip.order);
}

/** Every glossary entry, A to Z by term, with the articles that use it. */
export async function getGlossaryIndex(): Promise<{ entry: GlossaryEntry; articles: Article[] }[]> {
  const { glossary, articles } = await getContent();
  return [...glossary.values()]
    .sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }))
    .map((entry) => ({ entry, articles: articles.filter((article) => article.terms.includes(entry.id)) }));
}
