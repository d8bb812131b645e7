/**
 * `npm run build` and `npm run export` run this after `next build`: it indexes the pages just built
 * for the search page, prints what it did, and fails the build when it cannot.
 */
import { builtHtmlDir, searchIndexDir } from "../build-output";
import { buildSearchIndex } from "../search/build-index";

async function main() {
  const started = performance.now();
  const htmlRoot = builtHtmlDir();
  const outputDir = searchIndexDir();
  try {
    const summary = await buildSearchIndex(htmlRoot, outputDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Search index: ${summary.articles} articles and ${summary.terms} terms (of ${summary.pages} pages in ${htmlRoot}), ` +
        `${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KB in ${outputDir}, in ${seconds} s.`,
    );
    if (summary.articles + summary.terms === 0) {
      console.error(`No page in ${htmlRoot} is marked for search: is that the folder \`next build\` just wrote?`);
      process.exit(1);
    }
  } catch (error) {
    console.error(`Search index not built: ${error instanceof Error ? error.message : error}`);
    console.error(`Run \`npm run build\` (or \`npm run export\`) again; the pages in ${htmlRoot} are unchanged.`);
    process.exit(1);
  }
}

void main();
