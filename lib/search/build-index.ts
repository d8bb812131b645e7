import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Article, GlossaryEntry } from "../schema";
import { articleRecord, termRecord, type SearchRecord } from "./records";

export interface IndexSummary {
  /** Records indexed of each kind. */
  articles: number;
  terms: number;
  /** The index on disk. */
  files: number;
  bytes: number;
}

export class SearchIndexError extends Error {}

/** Pagefind's ready-made interfaces, which the search page does not use (it has its own). */
const UNUSED = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/**
 * Indexes `articles` and `terms` with Pagefind (see lib/search/records.ts) and writes the index to
 * `outputDir`: into a folder beside it first, then swapped in whole, so that no reader ever meets a
 * half-written index and no fragment of an older one is left.
 */
export async function buildSearchIndex(
  articles: Iterable<Article>,
  terms: Iterable<GlossaryEntry>,
  outputDir: string,
): Promise<IndexSummary> {
  const counts = { articles: 0, terms: 0 };
  // Pagefind is an ES module only; this file also runs as CommonJS (tsx, without "type": "module").
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  const fresh = `${outputDir}.new`;
  try {
    const add = async (record: SearchRecord) => {
      const added = await index.addHTMLFile(record);
      if (added.errors.length > 0) throw new SearchIndexError(`${record.url}: ${added.errors.join("; ")}`);
    };
    for (const article of articles) {
      await add(articleRecord(article));
      counts.articles += 1;
    }
    for (const entry of terms) {
      await add(termRecord(entry));
      counts.terms += 1;
    }
    rmSync(fresh, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: fresh });
    if (written.errors.length > 0) throw new SearchIndexError(`${outputDir}: ${written.errors.join("; ")}`);
    for (const file of UNUSED) rmSync(path.join(fresh, file), { force: true });
    swapIn(fresh, outputDir);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    await pagefind.close();
  }
  return { ...counts, ...folderSize(outputDir) };
}

/** Replaces `target` with `fresh` by renames: the old folder goes only once the new one is in place. */
function swapIn(fresh: string, target: string) {
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}

/** Files and bytes under `folder`. */
export function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
