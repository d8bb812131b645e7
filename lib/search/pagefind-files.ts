import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { SearchRecord } from "./records";

/** Writing Pagefind's index files: one index at a time, swapped in whole. */

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

type Pagefind = typeof import("pagefind");

/** Adds `records` to a new Pagefind index and writes it to `folder`; Pagefind's service is closed after. */
export async function writeIndex(pagefind: Pagefind, records: Iterable<SearchRecord>, folder: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  let count = 0;
  try {
    for (const record of records) {
      const added = await index.addHTMLFile(record);
      if (added.errors.length > 0) throw new SearchIndexError(`${record.url}: ${added.errors.join("; ")}`);
      count += 1;
    }
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new SearchIndexError(`${folder}: ${written.errors.join("; ")}`);
    // A folder chosen at run time: the server's trace need not hold the project (turbopackIgnore).
    for (const file of UNUSED) rmSync(path.join(/*turbopackIgnore: true*/ folder, file), { force: true });
  } finally {
    // Pagefind holds an index in memory until its service ends: one index at a time, however large the archive.
    await pagefind.close();
  }
  return count;
}

/** `items` in runs of `size`, lazily. */
export function* runsOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let run: T[] = [];
  for (const item of items) {
    run.push(item);
    if (run.length === size) {
      yield run;
      run = [];
    }
  }
  if (run.length > 0) yield run;
}

/**
 * Replaces `target` with `fresh` by renames: the old folder goes only once the new one is in place.
 * When another process swapped in its own index at the same moment (instances sharing one site
 * folder, built from one store), that one stays and `fresh` is dropped.
 */
export async function swapIn(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const unless = (codes: string[], action: () => void) => {
    try {
      action();
    } catch (error) {
      if (!codes.includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
    }
  };
  await rm(old, { recursive: true, force: true });
  unless(["ENOENT"], () => renameSync(target, old));
  unless(["ENOTEMPTY", "EEXIST"], () => renameSync(fresh, target));
  // The old index goes off the main thread: a large one is many thousands of files.
  await rm(old, { recursive: true, force: true });
}

/**
 * Puts a kept shard into a new index by hard links: Pagefind never rewrites a file it has written,
 * and the old index is only ever unlinked, so both folders can share the same files. A link is a
 * name, not a copy: a shard of thousands of fragments takes milliseconds, and the event loop is let go
 * every few hundred files so a server doing it after a publish keeps answering. Where links are not
 * allowed (some mounted file systems), the files are copied instead.
 */
export async function linkTree(from: string, to: string, batch = 256): Promise<number> {
  let done = 0;
  const folders = new Set<string>();
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      linkSync(source, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EPERM" && code !== "EXDEV" && code !== "ENOTSUP") throw error;
      copyFileSync(source, target);
    }
    done += 1;
    if (done % batch === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
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
