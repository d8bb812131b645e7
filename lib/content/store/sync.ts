import { readFileSync } from "node:fs";
import path from "node:path";
import { tryMatcher } from "../articles";
import { displayPath } from "../files";
import { buildGlossary } from "../glossary";
import { contentRoot } from "../load";
import { Problems } from "../problems";
import { metaValue, openForWriting, prepareStore, setMeta, type Store, writers } from "./db";
import { pipelineFingerprint } from "./fingerprint";
import { hashOf, list, type Listed, source } from "./listing";
import { renderHere, type RenderMany } from "./rows";
import { glossaryChanges, touchedArticles } from "./touched";

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
  /** Ids of the glossary entries added, changed or removed; of those whose names or chip row changed. */
  termsChanged: string[];
  termsRenamed: string[];
  chipsChanged: string[];
  /** What changed of each article rendered or removed: its facts before (when it was there) and after (when it is). */
  articleChanges: { slug: string; before?: ArticleFacts; after?: ArticleFacts }[];
  /** The store's generation after the sync: it goes up with every change. */
  generation: number;
}


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

/** What lists and links know of an article: where it stands in them and the terms it links. */
export interface ArticleFacts {
  date: string;
  title: string;
  /** What lists show of it (JSON). */
  summary: string;
  terms: string[];
  /** Whether it shows "Chips at a glance". */
  chips: boolean;
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
  const { changed, removed: termsRemoved, renamed, chips } = glossaryChanges(db, glossary);
  const touched = touchedArticles(db, termsRemoved, renamed);

  // Articles: read when their size or time changed; rendered again when their bytes did, or a term's names.
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
  // What lists knew of each article before: to tell which of their pages change.
  const before = new Map<string, ArticleFacts>();
  const factsAt = (file: string) => {
    const row = write.factsAt.get(file) as
      | { slug: string; date: string; title: string; summary: string; chips: number }
      | undefined;
    if (row) {
      const terms = write.termsOf.all(row.slug) as string[];
      before.set(row.slug, { date: row.date, title: row.title, summary: row.summary, terms, chips: row.chips === 1 });
    }
    return row?.slug;
  };
  for (const file of toRender.keys()) factsAt(file);
  const removed: string[] = [];
  for (const file of stored.keys()) {
    if (listedArticles.has(file) || listedGlossary.has(file)) continue;
    const slug = factsAt(file);
    if (slug) removed.push(slug);
    write.dropFile.run(file);
  }

  // Gone first: an article rendered below is written afresh whatever was there.
  for (const slug of removed) for (const drop of [write.dropArticle, write.dropTerms, write.dropRefs]) drop.run(slug);

  const rendered: string[] = [];
  const after = new Map<string, ArticleFacts>();
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
      row.chips ? 1 : 0,
      row.summary,
      row.article,
    );
    for (const term of row.terms) write.term.run(term, row.date, row.title, row.slug);
    for (const term of row.refs) write.ref.run(term, row.slug);
    rendered.push(row.slug);
    after.set(row.slug, { date: row.date, title: row.title, summary: row.summary, terms: row.terms, chips: row.chips });
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
    termsRenamed: renamed.map((entry) => entry.id),
    chipsChanged: chips,
    articleChanges: [...new Set([...rendered, ...removed])].map((slug) => ({
      slug,
      before: before.get(slug),
      after: after.get(slug),
    })),
    generation,
  };
}

