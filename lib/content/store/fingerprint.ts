import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { siteUrl } from "../../site";

/**
 * The code that decides what the store holds for a file: the Markdown pipeline, the schemas, the
 * per-file validation, the ids and class names it writes, and the store itself. When any of it
 * changes, or the dependencies or the site's address do, the store is made anew.
 */
const PIPELINE = [
  "lib/markdown",
  "lib/schema",
  "lib/content/files.ts",
  "lib/content/articles.ts",
  "lib/content/glossary.ts",
  "lib/content/store/db.ts",
  "lib/content/store/listing.ts",
  "lib/content/store/rows.ts",
  "lib/content/store/sync.ts",
  "lib/content/store/touched.ts",
  "lib/hooks.ts",
  "lib/paths.ts",
  "lib/format.ts",
  "package-lock.json",
];

/** Every file at `entry` (a file, or a folder's files), relative to the working directory. */
function filesAt(entry: string): string[] {
  try {
    return readdirSync(entry, { recursive: true, encoding: "utf8" })
      .map((name) => path.join(entry, name))
      .sort();
  } catch {
    return [entry];
  }
}

/** A hash of the pipeline's code and settings (files that cannot be read count as absent). */
export function pipelineFingerprint(): string {
  const hash = createHash("sha256").update(siteUrl().href);
  for (const file of PIPELINE.flatMap(filesAt)) {
    hash.update(file);
    try {
      hash.update(readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)));
    } catch {
      hash.update("absent");
    }
  }
  return hash.digest("hex").slice(0, 16);
}
