/**
 * `npm run check [-- --terms [--json] [slug…]]`: validates all content with the build's own code,
 * without building the site, and with --terms reports glossary coverage. Exit status 1 when
 * anything is wrong.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { storeDir } from "../build-output";
import { contentRoot } from "../content/load";
import { checkContent } from "../editor/report";
import { runCommand } from "./run";

runCommand("npm run check", async () => {
  // A store of its own: checking never changes what a running server serves (only a publish does).
  process.env.GLOSS_STORE_DIR = path.join(storeDir(), "check");
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { terms: { type: "boolean", default: false }, json: { type: "boolean", default: false } },
  });
  const report = await checkContent(contentRoot(), { terms: values.terms, json: values.json, only: positionals });
  (report.status === 0 ? console.log : console.error)(report.output);
  process.exitCode = report.status;
});
