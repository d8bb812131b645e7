import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Feeds and RSC payloads whose names say .xml or .txt but that browsers must read as such. */
const typeOf = (file: string) =>
  file.endsWith("feed.xml")
    ? "application/rss+xml; charset=utf-8"
    : file.endsWith("atom.xml")
      ? "application/atom+xml; charset=utf-8"
      : (TYPES[path.extname(file)] ?? "application/octet-stream");

/**
 * A plain static file server for the exported site, as a CDN would serve it: `/x` is `x`, `x.html`
 * or `x/index.html`; unknown paths get 404.html with a 404 status; nothing outside the folder.
 * `headers` are added to every response (the ones README asks static hosts to send).
 */
export function serveStatic(
  root: string,
  port: number,
  headers: { key: string; value: string }[] = [],
): Promise<Server> {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    for (const { key, value } of headers) response.setHeader(key, value);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    } catch {
      response.writeHead(400).end("Bad request");
      return;
    }
    const candidates = [pathname, `${pathname}.html`, path.join(pathname, "index.html")].map((candidate) =>
      path.join(base, candidate),
    );
    const file = candidates.find(
      (candidate) => candidate.startsWith(base + path.sep) && existsSync(candidate) && statSync(candidate).isFile(),
    );
    const status = file ? 200 : 404;
    const served = file ?? path.join(base, "404.html");
    response.setHeader("Content-Type", typeOf(served));
    response.setHeader(
      "Cache-Control",
      served.includes(`${path.sep}_next${path.sep}static${path.sep}`)
        ? "public, max-age=31536000, immutable"
        : "public, max-age=0, must-revalidate",
    );
    response.writeHead(status);
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}
