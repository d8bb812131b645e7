import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "./lib/security/policy.mjs";

/** What a reader sees for an address that cannot be read: a page, not a server error. */
const BAD_REQUEST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bad request · Gloss</title>
<style>body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto; padding: 0 1.25rem; line-height: 1.5 }</style></head>
<body>
<h1>This address cannot be read</h1>
<p>Part of it is not valid (a stray or broken <code>%</code> code). Check the link, or start from the <a href="/">list of articles</a>.</p>
</body></html>`;

/** Its policy: its own style, by its hash, and nothing else inline. */
const BAD_REQUEST_POLICY = pagePolicy(BAD_REQUEST_PAGE);

/**
 * Runs on `next start` before a route whose path holds a "%": a path whose percent-encoding is
 * malformed gets a 400 page, where Next.js would fail to decode it and answer 500. Any other request
 * passes untouched.
 */
export function proxy(request: NextRequest) {
  const path = request.url.slice(request.url.indexOf("/", request.url.indexOf("//") + 2));
  try {
    decodeURIComponent(path.split("?")[0]);
    return NextResponse.next();
  } catch {
    return new NextResponse(BAD_REQUEST_PAGE, {
      status: 400,
      headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": BAD_REQUEST_POLICY },
    });
  }
}

export const config = {
  // Only a path holding a "%" can be malformed, so only such a path runs the check: every other
  // request is served as if there were no proxy (its cost is measured by `npm run bench:serve`).
  matcher: "/(.*%.*)",
};
