import path from "node:path";

/** `npm run export` sets GLOSS_EXPORT=1: every route is written out for any static host. */
export const isExport = () => process.env.GLOSS_EXPORT === "1";

/**
 * The build folder: `.next`, or for the export the folder the site is exported to, `out`
 * (benchmarks choose their own with GLOSS_DIST_DIR). Next.js still builds an export in `.next`
 * before writing it out, so an export replaces the build `next start` serves.
 */
export const distDir = () => process.env.GLOSS_DIST_DIR ?? (isExport() ? "out" : ".next");

/** Where a finished build keeps its prerendered pages as HTML files. */
export const builtHtmlDir = () => (isExport() ? distDir() : path.join(distDir(), "server", "app"));

/** Where a finished build keeps the scripts and styles it serves under `/_next/static/`. */
export const builtStaticDir = () =>
  isExport() ? path.join(distDir(), "_next", "static") : path.join(distDir(), "static");

/**
 * Where the service worker goes after the build: beside the exported pages, or public/
 * (`GLOSS_SITE_ROOT`: elsewhere, for benchmarks and tests that build a site of their own).
 */
export const siteRootDir = () => (isExport() ? distDir() : (process.env.GLOSS_SITE_ROOT ?? "public"));

/**
 * Where the search index goes: beside the exported pages, or into the build folder, from where
 * `next start` serves it (app/pagefind/), rebuilt after a publish as well as after a build.
 */
export const searchIndexDir = () =>
  isExport() ? path.join(distDir(), "pagefind") : path.join(distDir(), "search", "pagefind");

/**
 * Where the content store is kept (see lib/content/store): `GLOSS_STORE_DIR`, else the cache folder
 * of the build folder, which `next build` keeps; an export's own folder is uploaded as it is, so its
 * store stays in `.next`.
 */
export const storeDir = () =>
  process.env.GLOSS_STORE_DIR ?? path.join(isExport() ? ".next" : distDir(), "cache", "gloss");
