/**
 * A worker of the render pool (see pool.ts): builds the glossary it is given, then renders the
 * article files it is sent, a batch at a time, and sends back each row with its problems.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { Listed } from "./listing";
import { createRowRenderer, type GlossarySource } from "./rows";

const { glossary, folder } = workerData as { glossary: GlossarySource[]; folder: string };
const render = createRowRenderer(glossary, folder);

parentPort!.on("message", (jobs: Listed[]) => {
  parentPort!.postMessage(jobs.map((listed) => render(listed, readFileSync(listed.file))));
});
