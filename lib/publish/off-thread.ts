import "server-only";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { SHARE_ENV, Worker } from "node:worker_threads";
import { errorOf, runJob, type Job, type JobFailure, type JobResults } from "./jobs";

/**
 * The workers' entry, read from the source tree by tsx: the server's own bundle has no file a
 * worker could start from, and `next start` runs in the project's folder.
 */
const ENTRY = path.join(process.cwd(), "lib", "publish", "worker.ts");

type Answer = { id: number; thread: number; result?: unknown; failure?: JobFailure };
type Waiting = { resolve: (answer: Answer) => void; reject: (error: Error) => void };

/**
 * One worker for each kind of job, started on its first job and kept (the sync's holds the Markdown
 * pipeline, loaded once): a publish's sync never waits behind a search index being rebuilt.
 */
const STATE = Symbol.for("gloss.publish-workers");
interface Running {
  worker: Worker;
  /** The ids of the jobs it was given and has not answered. */
  jobs: Set<number>;
}
interface State {
  workers: Map<Job["kind"], Running>;
  next: number;
  waiting: Map<number, Waiting>;
  warned: boolean;
}
const globals = globalThis as typeof globalThis & { [STATE]?: State };
const state: State = (globals[STATE] ??= { workers: new Map(), next: 0, waiting: new Map(), warned: false });

/** Whether a worker can load its TypeScript (tsx is among the packages installed). */
function canLoadTypeScript(): boolean {
  try {
    createRequire(ENTRY).resolve("tsx/cjs/api");
    return true;
  } catch {
    return false;
  }
}

function worker(kind: Job["kind"]): Running | undefined {
  const running = state.workers.get(kind);
  if (running) return running;
  const missing = !existsSync(ENTRY) ? ENTRY : !canLoadTypeScript() ? "tsx (npm ci installs it)" : undefined;
  if (missing) {
    if (!state.warned) console.warn(`Publishing on the server's own thread: its workers need ${missing}.`);
    state.warned = true;
    return undefined;
  }
  const boot = `require("tsx/cjs/api").register(); require(${JSON.stringify(ENTRY)});`;
  // The same environment as the server's (its content, store and build folders), live.
  const started = new Worker(boot, { eval: true, env: SHARE_ENV });
  const mine = new Set<number>();
  const entry: Running = { worker: started, jobs: mine };
  // A worker waiting for work does not keep the process alive.
  started.unref();
  started.on("message", (answer: Answer) => {
    const waiting = state.waiting.get(answer.id);
    state.waiting.delete(answer.id);
    mine.delete(answer.id);
    if (mine.size === 0) started.unref();
    waiting?.resolve(answer);
  });
  const fail = (error: Error) => {
    if (state.workers.get(kind) === entry) state.workers.delete(kind);
    for (const id of mine) state.waiting.get(id)?.reject(error);
    for (const id of mine) state.waiting.delete(id);
    mine.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`The publish worker stopped (exit code ${code}).`)));
  state.workers.set(kind, entry);
  return entry;
}

/**
 * Does `job` in its worker, off the thread that answers readers, and says which thread it ran on;
 * where no worker can start (no source tree, no tsx), on this thread, with a warning once.
 */
export async function offThread<J extends Job>(job: J): Promise<{ result: JobResults[J["kind"]]; thread: number }> {
  const running = worker(job.kind);
  if (!running) return { result: await runJob(job), thread: 0 };
  const id = (state.next += 1);
  const answer = await new Promise<Answer>((resolve, reject) => {
    state.waiting.set(id, { resolve, reject });
    running.jobs.add(id);
    // Kept alive while it works.
    running.worker.ref();
    running.worker.postMessage({ id, job });
  });
  if (answer.failure) throw errorOf(answer.failure);
  return { result: answer.result as JobResults[J["kind"]], thread: answer.thread };
}
