/**
 * Export: `npm run export` of a synthetic newsroom at each size given (10,000 and 20,000 articles by
 * default), each from a cold content store, in turn. Prints the time, the peak memory of the whole
 * run (every process it starts), and what a host has to hold: files (hosts count them: Cloudflare
 * Pages' free plan allows 20,000) and bytes.
 * Usage: npm run bench:export [-- --articles 10000,20000]
 */
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { folderSize } from "../lib/search/pagefind-files";
import { measured } from "./measure";
import { writeSyntheticContent } from "./synthetic";
import { ROOT, table, WORK } from "./support";

const at = process.argv.indexOf("--articles");
const SIZES = (at > 0 ? process.argv[at + 1] : "10000,20000").split(",").map(Number);
const HOST_FILE_LIMIT = 20_000;

/** Files and bytes under `folder`, and how many of them are compressed copies (.br, .gz). */
function contents(folder: string) {
  const copies = readdirSync(folder, { recursive: true }).filter((name) => /\.(?:br|gz)$/.test(String(name))).length;
  return { ...folderSize(folder), copies };
}

async function main() {
  const rows: (string | number)[][] = [
    [
      "articles",
      "time",
      "peak memory",
      "files",
      "without .br/.gz",
      "size",
      `within ${HOST_FILE_LIMIT.toLocaleString("en-GB")} files`,
    ],
  ];
  for (const count of SIZES) {
    const content = path.join(WORK, `export-${count}`);
    const out = path.join(".bench", `export-out-${count}`);
    writeSyntheticContent(content, count);
    rmSync(path.join(ROOT, out), { recursive: true, force: true });
    console.log(`npm run export of ${count.toLocaleString("en-GB")} synthetic articles…`);
    const run = await measured("npm", ["run", "export"], {
      CONTENT_DIR: content,
      GLOSS_DIST_DIR: out,
      GLOSS_STORE_DIR: path.join(WORK, `export-store-${count}`),
      SITE_URL: "https://gloss.example",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    const { files, bytes, copies } = contents(path.join(ROOT, out));
    rows.push([
      count.toLocaleString("en-GB"),
      `${(run.seconds / 60).toFixed(1)} min`,
      `${(run.peak / 2 ** 20).toFixed(0)} MB`,
      files.toLocaleString("en-GB"),
      (files - copies).toLocaleString("en-GB"),
      `${(bytes / 2 ** 20).toFixed(0)} MB`,
      files - copies <= HOST_FILE_LIMIT ? "yes" : "no",
    ]);
    rmSync(path.join(WORK, `export-store-${count}`), { recursive: true, force: true });
  }
  console.log(`\n${table(rows)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
