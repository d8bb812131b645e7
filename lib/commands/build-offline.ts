/**
 * `npm run build` and `npm run export` run this after `next build`: it writes the service worker
 * for the pages just built (sw.js, into public/ for `next start` or beside the exported pages), with
 * the build's scripts and styles, the offline page and the newest articles to keep, and prints what.
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { builtHtmlDir, builtStaticDir, siteRootDir } from "../build-output";
import { getArticles } from "../content/index";
import { GLOSSARY_PATH, PRINT_STYLESHEET_PATH, SERVICE_WORKER_PATH, articlePath } from "../paths";
import { settings } from "../settings";
import { offlineManifest } from "../offline/manifest";

/** The site's own files outside `/_next/static/` that every page asks for. */
const SITE_FILES = [PRINT_STYLESHEET_PATH, "/icon.svg", "/apple-icon.png", "/manifest.webmanifest"];

async function main() {
  const started = performance.now();
  const htmlRoot = builtHtmlDir();
  const staticDir = builtStaticDir();
  const outputDir = siteRootDir();
  const output = path.join(outputDir, SERVICE_WORKER_PATH.slice(1));
  try {
    if (!existsSync(staticDir))
      throw new Error(`${staticDir} is missing: is that the build \`next build\` just wrote?`);
    const newest = (await getArticles()).slice(0, settings.offlineArticles()).map((article) => article.slug);
    const manifest = offlineManifest({
      staticDir,
      htmlRoot,
      siteFiles: SITE_FILES,
      pages: ["/", GLOSSARY_PATH, ...newest.map(articlePath)],
    });
    mkdirSync(outputDir, { recursive: true });
    await build({
      entryPoints: [path.join(import.meta.dirname, "../offline/sw.ts")],
      outfile: output,
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2022",
      legalComments: "none",
      define: { __GLOSS_OFFLINE__: JSON.stringify(manifest) },
      logLevel: "warning",
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Offline reading: ${output} (${(statSync(output).size / 1024).toFixed(0)} KB), build ${manifest.version}: ` +
        `${manifest.assets.length} scripts, styles and icons, the offline page, and ${manifest.pages.length} pages ` +
        `(home, glossary, ${newest.length} newest articles) for every reader, in ${seconds} s.`,
    );
  } catch (error) {
    console.error(`Service worker not written: ${error instanceof Error ? error.message : error}`);
    console.error(`Run \`npm run build\` (or \`npm run export\`) again; the pages in ${htmlRoot} are unchanged.`);
    process.exit(1);
  }
}

void main();
