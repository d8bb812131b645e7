/**
 * `npm run build` and `npm run export` run this after `next build`: it indexes every article and
 * term of the content store for the search page (every article, whether or not its page was
 * written at build time), prints what it did, and fails the build when it cannot.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { searchIndexDir } from "../build-output";
import { contentRoot } from "../content/load";
import { indexStore } from "../search/build-index";
import { settings } from "../settings";
import { runCommand, secondsSince } from "./run";

runCommand(
  "Search index not built",
  async () => {
    const started = performance.now();
    const outputDir = searchIndexDir();
    // An index left in public/ by an older build would be served in place of this one.
    rmSync(path.join("public", "pagefind"), { recursive: true, force: true });
    const summary = await indexStore(contentRoot(), outputDir, settings.searchShardArticles());
    console.log(
      `Search index: ${summary.articles} articles and ${summary.terms} terms in ${summary.shards} shard(s) ` +
        `(${summary.reused} kept from the last index), ` +
        `${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KB in ${outputDir}, in ${secondsSince(started)} s.`,
    );
  },
  "Run `npm run build` (or `npm run export`) again; the pages already built are unchanged.",
);
