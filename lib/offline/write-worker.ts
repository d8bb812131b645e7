import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { GLOSSARY_PATH, HIGHLIGHTS_PATH, PRINT_STYLESHEET_PATH, SERVICE_WORKER_PATH, articlePath } from "../paths";
import type { OfflineManifest } from "./caches";
import { offlineManifest } from "./manifest";

/** The site's own files outside `/_next/static/` that every page asks for. */
const SITE_FILES = [PRINT_STYLESHEET_PATH, "/icon.svg", "/apple-icon.png", "/manifest.webmanifest"];

interface Build {
  /** The build's prerendered pages, scripts and styles (see lib/build-output.ts). */
  htmlRoot: string;
  staticDir: string;
  /** Where sw.js goes: the site's root folder. */
  outputDir: string;
  /** The newest articles, which every reader's browser keeps. */
  newest: string[];
  /** The search index, kept whole by every reader's browser when it is no larger than `searchKeepBytes`. */
  searchDir: string;
  searchKeepBytes: number;
}

/**
 * Writes the service worker for a finished build (lib/offline/sw.ts, bundled with the build's
 * list): its scripts and styles, the offline page, and the home page, the glossary, the highlights page and the newest
 * articles for every reader. Throws, naming what is missing, when the build is not whole.
 */
export async function writeServiceWorker({
  htmlRoot,
  staticDir,
  outputDir,
  newest,
  searchDir,
  searchKeepBytes,
}: Build) {
  if (!existsSync(staticDir)) throw new Error(`${staticDir} is missing: is that the build \`next build\` just wrote?`);
  const manifest: OfflineManifest = offlineManifest({
    staticDir,
    htmlRoot,
    siteFiles: SITE_FILES,
    // The reader's highlights page too: highlights are kept in the browser, and so is their list.
    pages: ["/", GLOSSARY_PATH, HIGHLIGHTS_PATH, ...newest.map(articlePath)],
    searchDir,
    searchKeepBytes,
  });
  const file = path.join(outputDir, SERVICE_WORKER_PATH.slice(1));
  mkdirSync(outputDir, { recursive: true });
  await build({
    entryPoints: [path.join(import.meta.dirname, "sw.ts")],
    outfile: file,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    legalComments: "none",
    define: { __GLOSS_OFFLINE__: JSON.stringify(manifest) },
    logLevel: "warning",
  });
  return { file, bytes: statSync(file).size, manifest };
}
