import "server-only";
import { searchIndexDir } from "../build-output";
import { contentRoot } from "../content/load";
import { settings } from "../settings";
import { offThread } from "./off-thread";

/** The rebuild under way in this process, and whether another publish asked for one meanwhile. */
const STATE = Symbol.for("gloss.search-rebuild");
const globals = globalThis as typeof globalThis & { [STATE]?: { running?: Promise<void>; again: boolean } };
const state = (globals[STATE] ??= { again: false });

/** Builds the search index again from the content store (only its newest shard, as a rule) and swaps it in. */
async function rebuild(): Promise<void> {
  const started = performance.now();
  const job = {
    kind: "search",
    root: contentRoot(),
    outputDir: searchIndexDir(),
    shardArticles: settings.searchShardArticles(),
  } as const;
  const { result: summary } = await offThread(job);
  console.log(
    `Search index rebuilt: ${summary.articles} articles and ${summary.terms} terms, ` +
      `${summary.shards - summary.reused} shard(s) indexed, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/**
 * Has the search index rebuilt in the background, while the old one keeps answering: one rebuild at
 * a time, and one more after it when publishes came meanwhile. A failure is logged; the last index
 * stays.
 */
export function rebuildSearchSoon(): void {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = (async () => {
    do {
      state.again = false;
      await rebuild().catch((error) =>
        console.error(`Search index not rebuilt: ${error instanceof Error ? error.message : error}`),
      );
    } while (state.again);
  })().finally(() => (state.running = undefined));
}

/** The rebuild under way, if any (the publish tests and benchmark wait for it). */
export const searchRebuild = () => state.running;
