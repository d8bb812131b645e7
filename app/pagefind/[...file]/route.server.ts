import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { searchIndexDir } from "@/lib/build-output";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/**
 * The search index, from the build folder (lib/build-output.ts): written by the build, and again in
 * the background after a publish, when it is swapped in whole (lib/publish/search.ts). Only files
 * inside the index folder are served. Pagefind names its fragments and index chunks by their
 * content; its entry file and script keep their names, so every file is checked again on use (an
 * ETag of its size and time answers 304 when unchanged).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const root = path.resolve(/*turbopackIgnore: true*/ searchIndexDir());
  const file = path.resolve(root, ...(await params).file);
  if (!file.startsWith(`${root}${path.sep}`)) return new Response("Not found", { status: 404 });
  try {
    const found = await stat(file);
    if (!found.isFile()) return new Response("Not found", { status: 404 });
    const etag = `"${found.size.toString(36)}-${Math.round(found.mtimeMs).toString(36)}"`;
    const headers = {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "public, max-age=0, must-revalidate",
      etag,
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(await readFile(file), { headers });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
