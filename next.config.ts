import path from "node:path";
import type { NextConfig } from "next";
import { distDir, isExport } from "./lib/build-output";
import { FILE_POLICY, TRUSTED_TYPES_TRIAL } from "./lib/security/policy.mjs";

const exportStatic = isExport();
const development = process.env.NODE_ENV === "development";

/**
 * Sent by `next start` with every response; README gives the same for static hosts. The
 * Content-Security-Policy is each page's own (lib/security/policy.mjs): its inline scripts allowed by
 * their hashes, given with the page by the page cache (lib/cache/page-cache.mjs). A response that is
 * not a page gets FILE_POLICY, which allows nothing inline.
 */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  // Reported in the browser's console, not enforced (README, "Content-Security-Policy").
  { key: "Content-Security-Policy-Report-Only", value: TRUSTED_TYPES_TRIAL },
];

/** `next dev` renders every page afresh, with scripts of its own: it allows inline scripts and eval. */
const DEVELOPMENT_POLICY = FILE_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * What is not a page: scripts, styles, the search index, feeds, images, the service worker, the
 * publishing endpoint. Told by its address, not by what the request accepts: the service worker
 * keeps pages it asked for without text/html, and they must come with their own policy only.
 */
const FILES = [
  "/_next/static/:path*",
  "/pagefind/:path*",
  "/og/:path*",
  "/icons/:path*",
  "/sitemaps/:path*",
  "/api/:path*",
  "/feed.xml",
  "/atom.xml",
  "/sitemap.xml",
  "/robots.txt",
  "/manifest.webmanifest",
  "/icon.svg",
  "/apple-icon.png",
  "/sw.js",
  "/print.css",
];

/** The headers of every response, and the policy of those that are not pages (a page brings its own). */
function responseHeaders() {
  if (development)
    return [
      {
        source: "/:path*",
        headers: [...SECURITY_HEADERS, { key: "Content-Security-Policy", value: DEVELOPMENT_POLICY }],
      },
    ];
  return [
    { source: "/:path*", headers: SECURITY_HEADERS },
    ...FILES.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: FILE_POLICY }] })),
  ];
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // No `experimental.inlineCss`: Next.js 16.4 writes an inlined stylesheet into every page three
  // times (in a <style> and twice in the page data, vercel/next.js#98110), 57 KB of each article's
  // HTML. Linked, the stylesheet (19 KB, 4.6 KB gzip) comes once and is cached for every later page;
  // the article's first and largest paints on a throttled phone are the same (README, "The article
  // page's weight").
  distDir: distDir(),
  // Routes only a server has (publishing, a rebuilt search index) are `route.server.ts`: an export,
  // which has no server, leaves them out.
  pageExtensions: exportStatic ? ["tsx", "ts"] : ["tsx", "ts", "server.ts"],
  // Pagefind runs its indexer as a binary of its package, found beside its own files.
  serverExternalPackages: ["pagefind"],
  // Several instances share one cache in Redis (README, "Several servers"); alone, the built-in one.
  // Each page's policy comes with it from the page cache; several instances share one cache in Redis
  // (README, "Several servers"), alone the built-in one.
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.resolve("lib/cache/redis-cache.mjs"), cacheMaxMemorySize: 0 }
    : { cacheHandler: path.resolve("lib/cache/page-cache.mjs") }),
  ...(exportStatic ? { output: "export" } : { headers: async () => responseHeaders() }),
};

export default nextConfig;
