import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { decodeText, displayPath, idOf, parseSource, type SourceFile } from "../files";
import type { Problems } from "../problems";

/** A content file as listed: where it is, its size and time. */
export interface Listed {
  file: string;
  fileName: string;
  size: number;
  mtime: number;
}

/** Every `.md` file of `folder`, with its size and time; a missing folder is a problem only when `required`. */
export function list(folder: string, problems: Problems, required: boolean): Listed[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    if (required) problems.report(displayPath(folder), "folder not found (set CONTENT_DIR to the content root)");
    return [];
  }
  return names
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((fileName) => {
      const file = path.join(folder, fileName);
      const stat = statSync(file);
      return { file, fileName, size: stat.size, mtime: stat.mtimeMs };
    });
}

export const hashOf = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A content file read and split, or undefined with its problems reported. */
export function source(listed: Listed, bytes: Buffer, problems: Problems): SourceFile | undefined {
  const name = displayPath(listed.file);
  const id = idOf(listed.fileName, name, problems);
  const text = id === undefined ? undefined : decodeText(bytes, name, problems);
  return text === undefined ? undefined : parseSource(text, name, id!, problems);
}
