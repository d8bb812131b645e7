/**
 * `npm run build` and `npm run export` run this first: it brings the content store up to date with
 * the content folder (reading only what changed), prints what it did, and stops the build, naming
 * every problem, when any file is wrong.
 */
import { displayPath } from "../content/files";
import { contentRoot } from "../content/load";
import { storeFile } from "../content/store/db";
import { renderInWorkers } from "../content/store/pool";
import { syncStore } from "../content/store/sync";
import { runCommand, secondsSince } from "./run";

const count = (n: number, one: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : `${one}s`}`;

runCommand(
  "Content not stored",
  async () => {
    const started = performance.now();
    const root = contentRoot();
    const report = await syncStore(root, { render: renderInWorkers });
    const changes = report.fresh
      ? "made anew"
      : `${count(report.rendered.length, "article")} rendered, ${count(report.removed.length, "article")} removed, ` +
        `${count(report.termsChanged.length, "term")} changed`;
    console.log(
      `Content: ${count(report.articles, "article")} and ${count(report.terms, "term")} from ${displayPath(root)}, ` +
        `${count(report.read, "file")} read, ${changes}, in ${secondsSince(started)} s (${displayPath(storeFile(root))}).`,
    );
  },
  "Fix the files named above and build again; nothing was published.",
);
