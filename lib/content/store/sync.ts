import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Article, GlossaryEntry } from "../../schema";
import { createArticleBuilder, tryMatcher } from "../articles";
import { decodeText, displayPath, idOf, parseSource, type SourceFile } from "../files";
import { buildGlossary } from "../glossary";
import { contentRoot } from "../load";
import { Problems } from "../problems";
import { metaValue, openForWriting, packArticle, prepareStore, setMeta, type Store, unpackArticle } from "./db";
import { pipelineFingerprint } from "./fingerprint";

/** What a sync did, for the command that runs it to print. */
export interface SyncReport {
  /** The store was made anew (first run, a new pipeline, or a missing or unreadable file). */
  fresh: boolean;
  articles: number;
  terms: number;
  /** Files read (new or changed since the last sync, and every glossary entry). */
  read: number;
  /** Slugs of the articles rendered again: new, changed, or affected by a glossary change. */
  rendered: string[];
  /** Slugs of the articles removed. */
  removed: string[];
  /** Ids of the glossary entries added, changed or removed. */
  termsChanged: string[];
  /** The store's generation after the sync: it goes up with every change. */
  generation: number;
}

export interface Listed {
  file: string;
  fileName: string;
  size: number;
  mtime: number;
}

/** Every `.md` file of `folder`, with its size and time; a missing folder is a problem only when `required`. */
function list(folder: string, problems: Problems, required: boolean): Listed[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    if (required) problems.report(displayPath(folder), "folder not found (set CONTENT_DIR to the content root)");
    return [];
  }
  return names
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((fileName) => {
      const file = path.join(folder, fileName);
      const stat = statSync(file);
      return { file, fileName, size: stat.size, mtime: stat.mtimeMs };
    });
}

const hashOf = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A content file read and split, or undefined with its problems reported. */
export function source(listed: Listed, bytes: Buffer, problems: Problems): SourceFile | undefined {
  const name = displayPath(listed.file);
  const id = idOf(listed.fileName, name, problems);
  const text = id === undefined ? undefined : decodeText(bytes, name, problems);
  return text === undefined ? undefined : parseSource(text, name, id!, problems);
}

/** What the glossary's change touches: ids whose entry changed or went, and whose names changed. */
function glossaryChanges(db: Store, glossary: ReadonlyMap<string, GlossaryEntry>) {
  const before = new Map(
    (db.prepare("SELECT id, entry FROM glossary").all() as { id: string; entry: string }[]).map((row) => [
      row.id,
      JSON.parse(row.entry) as GlossaryEntry,
    ]),
  );
  const names = (entry?: GlossaryEntry) => JSON.stringify(entry ? [entry.term, ...entry.aliases] : []);
  const changed = [...glossary.values()].filter((entry) => JSON.stringify(entry) !== JSON.stringify(before.get(entry.id)));
  const removed = [...before.keys()].filter((id) => !glossary.has(id));
  const renamed = changed.filter((entry) => names(entry) !== names(before.get(entry.id)));
  return { changed: [...changed.map((entry) => entry.id), ...removed], renamed };
}

/**
 * The articles a glossary change touches: those that link or name a changed or removed term, and
 * those whose text holds a name that is new or changed (it may now be linked).
 */
function touchedArticles(db: Store, changed: string[], renamed: GlossaryEntry[]): Map<string, string> {
  const touched = new Map<string, string>();
  const linked = db.prepare(
    "SELECT a.slug, a.path FROM article_terms t JOIN articles a ON a.slug = t.slug WHERE t.term = ? " +
      "UNION SELECT a.slug, a.path FROM article_refs r JOIN articles a ON a.slug = r.slug WHERE r.term = ?",
  );
  for (const id of changed) {
    for (const row of linked.all(id, id) as { slug: string; path: string }[]) touched.set(row.slug, row.path);
  }
  const phrases = renamed.flatMap((entry) => [entry.term, ...entry.aliases]).map((name) => name.toLowerCase());
  if (phrases.length > 0) {
    for (const row of db.prepare("SELECT slug, path, article FROM articles").iterate() as Iterable<{
      slug: string;
      path: string;
      article: Buffer;
    }>) {
      const { html } = unpackArticle<Article>(row.article);
      const text = html.toLowerCase();
      if (phrases.some((phrase) => text.includes(phrase))) touched.set(row.slug, row.path);
    }
  }
  return touched;
}

/** The statements a sync writes with. */
function writers(db: Store) {
  return {
    file: db.prepare(
      "INSERT INTO files (path, kind, size, mtime, hash) VALUES (?, ?, ?, ?, ?) " +
        "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash",
    ),
    dropFile: db.prepare("DELETE FROM files WHERE path = ?"),
    article: db.prepare(
      "INSERT OR REPLACE INTO articles (slug, path, date, title, month, modified, sections, summary, article) " +
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    dropArticle: db.prepare("DELETE FROM articles WHERE slug = ?"),
    term: db.prepare("INSERT OR IGNORE INTO article_terms (term, date, title, slug) VALUES (?, ?, ?, ?)"),
    dropTerms: db.prepare("DELETE FROM article_terms WHERE slug = ?"),
    ref: db.prepare("INSERT OR IGNORE INTO article_refs (term, slug) VALUES (?, ?)"),
    dropRefs: db.prepare("DELETE FROM article_refs WHERE slug = ?"),
    slugAt: db.prepare("SELECT slug FROM articles WHERE path = ?"),
  };
}

/** The fields lists of articles show, kept apart so that a list never reads a whole article. */
export function summaryOf(article: Article) {
  const { slug, title, dek, date, updated, corrections, wordCount, readingTime } = article;
  return { slug, title, dek, date, updated, corrections, wordCount, readingTime };
}

/** The day an article last changed: its last update or correction after it was published, or that day. */
const modifiedOf = (article: Article) =>
  [article.date, article.updated ?? "", ...(article.corrections ?? []).map((c) => c.date)].sort().at(-1)!;

/**
 * Brings the store for `root` up to date with the content folder: reads only the files that are
 * new or changed (by size and time, then by a hash of their bytes), every glossary entry, and
 * renders again the articles that changed or that a glossary change touches; removes what was
 * removed. Everything is validated as the build validates it; when any file is wrong, nothing is
 * written and a ContentError names every problem.
 */
export async function syncStore(folder: string = contentRoot(), options: SyncOptions = {}): Promise<SyncReport> {
  // One spelling of the root, so that the files it lists are named alike in every run.
  const root = path.resolve(folder);
  const pipeline = pipelineFingerprint();
  const db = openForWriting(root);
  try {
    // The write lock first, so that two processes syncing at once take turns; readers never wait.
    db.exec("BEGIN IMMEDIATE");
    try {
      const report = await sync(db, root, prepareStore(db, pipeline), options.render ?? renderHere);
      db.exec("COMMIT");
      return report;
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  } finally {
    db.close();
  }
}

export interface SyncOptions {
  /** Renders the articles to render (see renderHere); a pool of workers for a large first sync. */
  render?: RenderMany;
}

async function sync(db: Store, root: string, fresh: boolean, render: RenderMany): Promise<SyncReport> {
  const problems = new Problems();
  const write = writers(db);
  const articleFiles = list(path.join(root, "articles"), problems, true);
  const glossaryFiles = list(path.join(root, "glossary"), problems, false);
  const stored = new Map(
    (db.prepare("SELECT path, size, mtime, hash FROM files").all() as { path: string; size: number; mtime: number; hash: string }[]).map(
      (row) => [row.path, row],
    ),
  );

  // The glossary is small: read whole, every time.
  const glossarySources = glossaryFiles.flatMap((listed) => {
    const bytes = readFileSync(listed.file);
    write.file.run(listed.file, "glossary", listed.size, listed.mtime, hashOf(bytes));
    return source(listed, bytes, problems) ?? [];
  });
  const glossary = buildGlossary(glossarySources, problems);
  // Two terms that claim one phrase are a problem of the glossary's, reported here.
  tryMatcher([...glossary.values()], displayPath(path.join(root, "glossary")), problems);
  const { changed, renamed } = glossaryChanges(db, glossary);
  const touched = touchedArticles(db, changed, renamed);

  // Articles: read when their size or time changed; rendered again when their bytes did, or a term they use.
  const toRender = new Map<string, { listed: Listed; bytes?: Buffer }>();
  const listedArticles = new Map(articleFiles.map((listed) => [listed.file, listed]));
  const listedGlossary = new Set(glossaryFiles.map((listed) => listed.file));
  let read = glossaryFiles.length;
  for (const listed of articleFiles) {
    const before = stored.get(listed.file);
    if (before && before.size === listed.size && before.mtime === listed.mtime) continue;
    const bytes = readFileSync(listed.file);
    read += 1;
    const hash = hashOf(bytes);
    write.file.run(listed.file, "article", listed.size, listed.mtime, hash);
    if (before?.hash !== hash) toRender.set(listed.file, { listed, bytes });
  }
  for (const file of touched.values()) {
    const listed = listedArticles.get(file);
    if (listed && !toRender.has(file)) toRender.set(file, { listed });
  }
  const removed: string[] = [];
  for (const file of stored.keys()) {
    if (listedArticles.has(file) || listedGlossary.has(file)) continue;
    const slug = (write.slugAt.get(file) as { slug: string } | undefined)?.slug;
    if (slug) removed.push(slug);
    write.dropFile.run(file);
  }

  // Gone first: an article rendered below is written afresh whatever was there.
  for (const slug of removed) for (const drop of [write.dropArticle, write.dropTerms, write.dropRefs]) drop.run(slug);

  const rendered: string[] = [];
  const jobs = [...toRender.values()];
  read += jobs.filter((job) => !job.bytes).length;
  const sources = glossarySources.map(({ name, id, data, body, bodyLine }) => ({ name, id, data, body, bodyLine }));
  for await (const { row, problems: found } of render(jobs, sources, displayPath(path.join(root, "glossary")))) {
    for (const problem of found) problems.list.push(problem);
    if (!row) continue;
    for (const drop of [write.dropTerms, write.dropRefs]) drop.run(row.slug);
    write.article.run(
      row.slug,
      row.file,
      row.date,
      row.title,
      row.date.slice(0, 7),
      row.modified,
      row.sections,
      row.summary,
      row.article,
    );
    for (const term of row.terms) write.term.run(term, row.date, row.title, row.slug);
    for (const term of row.refs) write.ref.run(term, row.slug);
    rendered.push(row.slug);
  }
  problems.throwIfAny();

  db.prepare("DELETE FROM glossary").run();
  const insertEntry = db.prepare("INSERT INTO glossary (id, path, term, entry) VALUES (?, ?, ?, ?)");
  for (const entry of glossary.values()) {
    const file = glossaryFiles.find((listed) => listed.fileName === `${entry.id}.md`)!.file;
    insertEntry.run(entry.id, file, entry.term, JSON.stringify(entry));
  }
  const changedAnything = fresh || rendered.length + removed.length + changed.length > 0;
  const generation = Number(metaValue(db, "generation") ?? 0) + (changedAnything ? 1 : 0);
  setMeta(db, "generation", String(generation));
  const count = (db.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
  return {
    fresh,
    articles: count,
    terms: glossary.size,
    read,
    rendered,
    removed,
    termsChanged: changed,
    generation,
  };
}

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
