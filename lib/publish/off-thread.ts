import "server-only";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { SHARE_ENV, Worker } from "node:worker_threads";
import { errorOf, runJob, type Job, type JobFailure, type JobResults } from "./jobs";

/**
 * The worker's entry, read from the source tree by tsx: the server's own bundle has no file a
 * worker could start from, and `next start` runs in the project's folder.
 */
const ENTRY = path.join(process.cwd(), "lib", "publish", "worker.ts");

type Answer = { id: number; thread: number; result?: unknown; failure?: JobFailure };
type Waiting = { resolve: (answer: Answer) => void; reject: (error: Error) => void };

/** One worker for the process, started on the first job and kept (it holds the Markdown pipeline, loaded once). */
const STATE = Symbol.for("gloss.publish-worker");
interface State {
  worker?: Worker;
  next: number;
  waiting: Map<number, Waiting>;
  warned: boolean;
}
const globals = globalThis as typeof globalThis & { [STATE]?: State };
const state: State = (globals[STATE] ??= { next: 0, waiting: new Map(), warned: false });

/** Whether the worker can load its TypeScript (tsx is among the packages installed). */
function canLoadTypeScript(): boolean {
  try {
    createRequire(ENTRY).resolve("tsx/cjs/api");
    return true;
  } catch {
    return false;
  }
}

function worker(): Worker | undefined {
  if (state.worker) return state.worker;
  const missing = !existsSync(ENTRY) ? ENTRY : !canLoadTypeScript() ? "tsx (npm ci installs it)" : undefined;
  if (missing) {
    if (!state.warned) console.warn(`Publishing on the server's own thread: its worker needs ${missing}.`);
    state.warned = true;
    return undefined;
  }
  const boot = `require("tsx/cjs/api").register(); require(${JSON.stringify(ENTRY)});`;
  // The same environment as the server's (its content, store and build folders), live.
  const started = new Worker(boot, { eval: true, env: SHARE_ENV });
  // A worker waiting for work does not keep the process alive.
  started.unref();
  started.on("message", (answer: Answer) => {
    const waiting = state.waiting.get(answer.id);
    state.waiting.delete(answer.id);
    if (state.waiting.size === 0) started.unref();
    waiting?.resolve(answer);
  });
  const fail = (error: Error) => {
    if (state.worker === started) state.worker = undefined;
    for (const waiting of state.waiting.values()) waiting.reject(error);
    state.waiting.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`The publish worker stopped (exit code ${code}).`)));
  state.worker = started;
  return started;
}

/**
 * Does `job` in the publish worker, off the thread that answers readers, and says which thread it ran
 * on; where no worker can start (no source tree), on this thread, with a warning once.
 */
export async function offThread<J extends Job>(job: J): Promise<{ result: JobResults[J["kind"]]; thread: number }> {
  const running = worker();
  if (!running) return { result: await runJob(job), thread: 0 };
  const id = (state.next += 1);
  const answer = await new Promise<Answer>((resolve, reject) => {
    state.waiting.set(id, { resolve, reject });
    // Kept alive while it works.
    running.ref();
    running.postMessage({ id, job });
  });
  if (answer.failure) throw errorOf(answer.failure);
  return { result: answer.result as JobResults[J["kind"]], thread: answer.thread };
}
