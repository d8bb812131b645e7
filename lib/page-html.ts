/**
 * HTML written into a page once, and not again into the page data React hydrates from (see
 * components/static-html.tsx). On the server, the server component that places such HTML leaves it
 * here under a key (a hash of the HTML); the client component that writes it into the page takes it
 * from here in the same render, so only the key travels in the page data. The server renders a
 * page's server components and its HTML in one process, a few pages at a time, so the last few
 * thousand entries are all a render can ask for. No Node.js module: the browser's bundle has it too.
 */
const LIMIT = 2_000;

/** One store for both module graphs of a server render (server components and client components). */
const STORE = Symbol.for("gloss.page-html");

function store(): Map<string, string> {
  const global = globalThis as typeof globalThis & { [STORE]?: Map<string, string> };
  return (global[STORE] ??= new Map());
}

/** Keeps `html` under `key` for the render under way. */
export function savePageHtml(key: string, html: string): void {
  const kept = store();
  kept.delete(key);
  kept.set(key, html);
  if (kept.size > LIMIT) kept.delete(kept.keys().next().value!);
}

/** The HTML kept under `key`; throws, so that a page is never published without it. */
export function readPageHtml(key: string): string {
  const html = store().get(key);
  if (html === undefined) throw new Error(`No HTML was kept under "${key}" in this render (lib/page-html.ts)`);
  return html;
}
