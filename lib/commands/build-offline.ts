/**
 * `npm run build` and `npm run export` run this after `next build`: it writes the service worker
 * for the pages just built (sw.js, into public/ for `next start` or beside the exported pages) and
 * prints what it keeps.
 */
import { builtHtmlDir, builtStaticDir, searchIndexDir, siteRootDir } from "../build-output";
import { contentRoot } from "../content/load";
import { StoreReader } from "../content/store/queries";
import { writeServiceWorker } from "../offline/write-worker";
import { settings } from "../settings";
import { buildAgain, runCommand, secondsSince } from "./run";

const htmlRoot = builtHtmlDir();

runCommand(
  "Service worker not written",
  async () => {
    const started = performance.now();
    const store = StoreReader.open(contentRoot());
    if (!store) throw new Error("there is no content store: run `npm run build`, which makes it first.");
    // Every reader's browser keeps the newest articles that were written at build time.
    const newest = store.newestSlugs(Math.min(settings.offlineArticles(), settings.prerenderArticles()));
    store.close();
    const { file, bytes, manifest } = await writeServiceWorker({
      htmlRoot,
      staticDir: builtStaticDir(),
      outputDir: siteRootDir(),
      newest,
      searchDir: searchIndexDir(),
      searchKeepBytes: settings.searchOfflineKb() * 1024,
    });
    console.log(
      `Offline reading: ${file} (${(bytes / 1024).toFixed(0)} KB), build ${manifest.version}: ` +
        `${manifest.assets.length} scripts, styles and icons, the offline page, and ${manifest.pages.length} pages ` +
        `(home, glossary, search, highlights, ${newest.length} newest articles) for every reader, ` +
        (manifest.search.length > 0
          ? `and the whole search index (${manifest.search.length} files), `
          : `and the parts of the search index each reader's searches load (it is over SEARCH_OFFLINE_KB), `) +
        `in ${secondsSince(started)} s.`,
    );
  },
  buildAgain(htmlRoot),
);
