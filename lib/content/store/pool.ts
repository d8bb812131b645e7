import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Listed } from "./listing";
import { renderHere, type RenderMany, type Row } from "./rows";

/** Below this many articles, starting workers costs more than it saves. */
const POOL_FROM = 500;
/** Articles sent to a worker at a time. */
const BATCH = 100;

type Result = { row?: Row; problems: string[] };

/**
 * Renders articles in worker threads, one a core, while this thread writes them to the store: a
 * first sync of a large archive takes the time of its rendering divided by the cores. For the
 * command-line sync only (each worker loads the pipeline's TypeScript through tsx).
 */
export const renderInWorkers: RenderMany = async function* (jobs, glossary, folder) {
  const size = Math.min(availableParallelism(), Math.ceil(jobs.length / BATCH));
  if (jobs.length < POOL_FROM || size < 2) return yield* renderHere(jobs, glossary, folder);
  const file = path.join(__dirname, "render-worker.ts");
  const boot = `require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`;
  const workers = Array.from({ length: size }, () => new Worker(boot, { eval: true, workerData: { glossary, folder } }));
  const batches: Listed[][] = [];
  for (let at = 0; at < jobs.length; at += BATCH) batches.push(jobs.slice(at, at + BATCH).map((job) => job.listed));
  const done: Result[][] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let pending = 0;
  const give = (worker: Worker) => {
    const batch = batches.shift();
    if (!batch) return;
    pending += 1;
    worker.postMessage(batch);
  };
  try {
    for (const worker of workers) {
      worker.on("message", (results: Result[]) => {
        pending -= 1;
        done.push(results);
        give(worker);
        wake?.();
      });
      worker.on("error", (error) => {
        failure = error;
        wake?.();
      });
      // Two batches each, so that a worker never waits for this thread.
      give(worker);
      give(worker);
    }
    while (pending > 0 || done.length > 0) {
      if (failure) throw failure;
      const results = done.shift();
      if (results) {
        // Buffers come back as plain bytes; the store wants Buffers.
        for (const result of results) yield result.row ? { ...result, row: { ...result.row, article: Buffer.from(result.row.article) } } : result;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
};
