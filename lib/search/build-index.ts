import { readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { KIND_FILTER, type SearchKind } from "./fields";
import { builtPages } from "./pages";

export interface IndexSummary {
  /** Pages read, and how many of them were indexed as each kind. */
  pages: number;
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

const KIND = new RegExp(`data-pagefind-filter="${KIND_FILTER}:(article|term)"`);

/**
 * Indexes the published pages under `htmlRoot` with Pagefind and writes the index to `outputDir`
 * (emptied first, so no fragment of an older build is left). Only what the pages mark with
 * `data-pagefind-body` is indexed: articles (headline, dek, text) and terms (name, other names,
 * definition); every other page, and the chrome of these, is left out.
 */
export async function buildSearchIndex(htmlRoot: string, outputDir: string): Promise<IndexSummary> {
  const pages = builtPages(htmlRoot);
  const counts: Record<SearchKind, number> = { article: 0, term: 0 };
  // Pagefind is an ES module only; this file also runs as CommonJS (tsx, without "type": "module").
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (const page of pages) {
      const content = readFileSync(page.file, "utf8");
      const kind = KIND.exec(content)?.[1] as SearchKind | undefined;
      if (!kind) continue;
      const added = await index.addHTMLFile({ url: page.url, content });
      if (added.errors.length > 0) throw new SearchIndexError(`${page.file}: ${added.errors.join("; ")}`);
      counts[kind] += 1;
    }
    rmSync(outputDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0) throw new SearchIndexError(`${outputDir}: ${written.errors.join("; ")}`);
    for (const file of UNUSED) rmSync(path.join(outputDir, file), { force: true });
  } finally {
    await pagefind.close();
  }
  return { pages: pages.length, articles: counts.article, terms: counts.term, ...folderSize(outputDir) };
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
