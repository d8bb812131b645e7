import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { slugSchema } from "../schema";
import type { Problems } from "./problems";

/** One content file, read and split into frontmatter and body. */
export interface SourceFile {
  /** Path as shown in messages: relative to the working directory. */
  name: string;
  /** The file name without `.md`: an article's slug or a term's id. */
  id: string;
  data: unknown;
  body: string;
  /** Lines before the body (the frontmatter), to turn body lines into file lines. */
  bodyLine: number;
  /** The file line of a frontmatter field (`["author", "name"]`), where it is written. */
  fieldLine: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Finds the line of a field in YAML frontmatter written as `key: value` lines, nested by indent
 * (`author:` then `  name:`); list items are found by their position. Lines count from the file's
 * first line, the opening `---`.
 */
export function frontmatterLines(frontmatter: string): SourceFile["fieldLine"] {
  const lines = frontmatter.split("\n");
  const depthOf = (line: string) => line.length - line.trimStart().length;
  const isKey = (line: string, key: string) => {
    const body = line.trimStart();
    return body.startsWith(`${key}:`) || body.startsWith(`"${key}":`) || body.startsWith(`'${key}':`);
  };
  return (path) => {
    // The block being searched: the lines after `start`, deeper than `parentDepth`.
    let start = 0;
    let parentDepth = -1;
    let found: number | undefined;
    for (const key of path) {
      let blockDepth: number | undefined;
      let item = -1;
      let at: number | undefined;
      for (let index = start; index < lines.length; index++) {
        const line = lines[index];
        if (!line.trim() || line.trimStart().startsWith("#")) continue;
        const depth = depthOf(line);
        if (depth <= parentDepth) break;
        blockDepth ??= depth;
        if (depth !== blockDepth) continue;
        const matches = typeof key === "number" ? line.trimStart().startsWith("- ") && ++item === key : isKey(line, String(key));
        if (matches) {
          at = index;
          break;
        }
      }
      // A field the file does not write (a missing one), or inside a one-line list: the line so far.
      if (at === undefined) break;
      found = at;
      start = at + 1;
      parentDepth = depthOf(lines[at]);
    }
    return found === undefined ? undefined : found + 2;
  };
}

/** Far above any article (the seed is 4 KB); a larger file is refused rather than half-built. */
const MAX_FILE_BYTES = 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A path as messages show it: relative to the working directory. */
export const displayPath = (file: string) => path.relative(process.cwd(), file) || ".";

/** YAML's core schema keeps `2026-04-24` a string, so the zod schema (not the YAML parser) judges dates. */
function parseYaml(source: string): object {
  const data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  if (data === undefined || data === null) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new Error("expected `field: value` lines");
  return data;
}
const matterOptions = { engines: { yaml: parseYaml } };

/** A content file's text, or undefined with the problem reported: too large, or not UTF-8. */
async function readText(file: string, name: string, problems: Problems): Promise<string | undefined> {
  return decodeText(await readFile(file), name, problems);
}

/** A content file's bytes as text, or undefined with the problem reported: too large, or not UTF-8. */
export function decodeText(bytes: Buffer, name: string, problems: Problems): string | undefined {
  if (bytes.length > MAX_FILE_BYTES) {
    const size = (bytes.length / 2 ** 20).toFixed(1);
    return problems.report(name, `the file is ${size} MB; content files are limited to ${MAX_FILE_BYTES / 2 ** 20} MB`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return problems.report(name, "the file is not valid UTF-8 text");
  }
}

/** Splits a file's text into frontmatter and body, or reports why the frontmatter cannot be read. */
export function parseSource(text: string, name: string, id: string, problems: Problems): SourceFile | undefined {
  try {
    const parsed = matter(text, matterOptions);
    const bodyLine = text.split("\n").length - parsed.content.split("\n").length;
    const fieldLine = frontmatterLines(parsed.matter.replace(/^\r?\n/, ""));
    return { name, id, data: parsed.data, body: parsed.content, bodyLine, fieldLine };
  } catch (error) {
    return problems.report(name, `frontmatter cannot be read\n  ${(error as Error).message.split("\n")[0]}`);
  }
}

/** The id a content file's name gives (its slug or term id), or undefined with the problem reported. */
export function idOf(fileName: string, name: string, problems: Problems): string | undefined {
  const id = fileName.slice(0, -".md".length);
  if (slugSchema.safeParse(id).success) return id;
  return problems.report(name, "the file name must be lowercase letters, digits and hyphens (it becomes the URL)");
}

async function readSource(folder: string, fileName: string, problems: Problems): Promise<SourceFile | undefined> {
  const name = displayPath(path.join(folder, fileName));
  const id = idOf(fileName, name, problems);
  if (id === undefined) return undefined;
  const text = await readText(path.join(folder, fileName), name, problems);
  return text === undefined ? undefined : parseSource(text, name, id, problems);
}

/** Every `.md` file in `folder`, by name; a missing folder is a problem only when `required`. */
export async function readFolder(folder: string, problems: Problems, required: boolean): Promise<SourceFile[]> {
  const entries = await readdir(folder).catch(() => {
    if (required) problems.report(displayPath(folder), "folder not found (set CONTENT_DIR to the content root)");
    return [] as string[];
  });
  const names = entries.filter((name) => name.endsWith(".md")).sort();
  const files = await Promise.all(names.map((fileName) => readSource(folder, fileName, problems)));
  return files.filter((file): file is SourceFile => file !== undefined);
}
