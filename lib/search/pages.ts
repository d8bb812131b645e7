import { readdirSync } from "node:fs";
import path from "node:path";

export interface BuiltPage {
  /** The HTML file, inside the build folder. */
  file: string;
  /** The address a reader opens it at: `/articles/x` for `articles/x.html`, `/` for `index.html`. */
  url: string;
}

/** Folders of a build that hold no pages: scripts and styles, the search index itself. */
const NOT_PAGES = new Set(["_next", "pagefind"]);

/** Every prerendered HTML page under `root` (a build's HTML folder), sorted by address. */
export function builtPages(root: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_PAGES.has(entry.name)) walk(file);
      } else if (entry.name.endsWith(".html")) {
        pages.push({ file, url: pageUrl(path.relative(root, file)) });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** "articles/x.html" → "/articles/x"; "index.html" → "/"; "glossary/index.html" → "/glossary". */
export function pageUrl(relativeFile: string): string {
  const clean = relativeFile
    .split(path.sep)
    .join("/")
    .replace(/\.html$/, "")
    .replace(/(^|\/)index$/, "");
  return `/${clean}`;
}
