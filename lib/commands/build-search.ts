/**
 * `npm run build` and `npm run export` run this after `next build`: it indexes the pages just built
 * for the search page, prints what it did, and fails the build when it cannot.
 */
import { builtHtmlDir, searchIndexDir } from "../build-output";
import { buildSearchIndex } from "../search/build-index";
import { buildAgain, runCommand, secondsSince } from "./run";

const htmlRoot = builtHtmlDir();

runCommand(
  "Search index not built",
  async () => {
    const started = performance.now();
    const outputDir = searchIndexDir();
    const summary = await buildSearchIndex(htmlRoot, outputDir);
    console.log(
      `Search index: ${summary.articles} articles and ${summary.terms} terms (of ${summary.pages} pages in ${htmlRoot}), ` +
        `${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KB in ${outputDir}, in ${secondsSince(started)} s.`,
    );
    if (summary.articles + summary.terms === 0) {
      throw new Error(`no page in ${htmlRoot} is marked for search: is that the folder \`next build\` just wrote?`);
    }
  },
  buildAgain(htmlRoot),
);
