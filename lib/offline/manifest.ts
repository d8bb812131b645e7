import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { OFFLINE_PATH } from "../paths";
import { PAGEFIND_FOLDER, VOCABULARY_FILE } from "../search/fields";
import type { OfflineManifest } from "./caches";

const hash = (data: string | Buffer) => createHash("sha256").update(data).digest("hex").slice(0, 16);

/** Every file under `folder`, as paths relative to it with "/" separators, sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** Files a browser never asks for by these names: compressed copies and source maps. */
const NOT_ASSETS = /\.(?:br|gz|map)$/;

interface Input {
  /** The build's `_next/static` folder. */
  staticDir: string;
  /** The build's prerendered pages (see lib/build-output.ts). */
  htmlRoot: string;
  /** Addresses of the site's own files outside `_next/static` (icons, manifest), kept with the build. */
  siteFiles: string[];
  /** The pages kept from the start, home page first. */
  pages: string[];
  /** The search index's folder, and the most bytes it may have to be kept whole. */
  searchDir: string;
  searchKeepBytes: number;
}

/** Files of the index the search page never asks for: the shards' keys, each shard's own word counts. */
const NOT_FETCHED = new RegExp(`^(?:shard-keys\\.json|[^/]+/${VOCABULARY_FILE.replace(".", "\\.")})$`);

/**
 * The addresses of the search index's files, when it is all there and no larger than `limit`
 * bytes; else none (a reader's browser then keeps what their searches load).
 */
export function wholeSearchIndex(folder: string, limit: number): string[] {
  let files: string[];
  try {
    files = filesUnder(folder).filter((file) => !NOT_FETCHED.test(file));
  } catch {
    return [];
  }
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(folder, file)).size, 0);
  return bytes <= limit ? files.map((file) => `${PAGEFIND_FOLDER}${file}`) : [];
}

/** A page's HTML file in a build: "/" is index.html, "/glossary" glossary.html. */
export const pageFile = (htmlRoot: string, url: string) =>
  path.join(htmlRoot, `${url === "/" ? "index" : url.slice(1)}.html`);

/**
 * The service worker's list for one build. Scripts and styles under `/_next/static/` have names
 * that change with their content, so they need no revision. The build's version is a hash of those
 * names and of the pages it keeps, so that a new build, or new text on a kept page, is a new version.
 * Throws, naming the file, when a page is not in the build.
 */
export function offlineManifest({
  staticDir,
  htmlRoot,
  siteFiles,
  pages,
  searchDir,
  searchKeepBytes,
}: Input): OfflineManifest {
  const statics = filesUnder(staticDir)
    .filter((file) => !NOT_ASSETS.test(file))
    .map((file) => `/_next/static/${file}`);
  const offline = hash(readFileSync(pageFile(htmlRoot, OFFLINE_PATH)));
  const kept = pages.map((url) => `${url} ${hash(readFileSync(pageFile(htmlRoot, url)))}`);
  const search = wholeSearchIndex(searchDir, searchKeepBytes);
  const version = hash([...statics, offline, ...kept, ...search].join("\n"));
  return {
    version,
    assets: [
      ...statics.map((url) => ({ url, revision: null })),
      ...siteFiles.map((url) => ({ url, revision: version })),
    ],
    pages,
    offline: { url: OFFLINE_PATH, revision: offline },
    search,
  };
}
