/**
 * A publish worker (see off-thread.ts): does the jobs it is sent, one at a time in the order they
 * come, and answers each with its result or its failure, and the thread it ran on.
 */
import { parentPort, threadId } from "node:worker_threads";
import { failureOf, runJob, type Job } from "./jobs";

let queue = Promise.resolve();
parentPort!.on("message", ({ id, job }: { id: number; job: Job }) => {
  queue = queue.then(async () => {
    try {
      parentPort!.postMessage({ id, thread: threadId, result: await runJob(job) });
    } catch (error) {
      parentPort!.postMessage({ id, thread: threadId, failure: failureOf(error) });
    }
  });
});
