import path from "node:path";
import type { NextConfig } from "next";
import { distDir, isExport } from "./lib/build-output";

const exportStatic = isExport();
const development = process.env.NODE_ENV === "development";

/**
 * Sent with every response by `next start`; README gives the same for static hosts. Scripts and
 * styles come from this origin only ('unsafe-inline' covers Next.js's inline page data and the
 * preferences script, as a static page cannot carry a per-request nonce).
 */
export const SECURITY_HEADERS = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "manifest-src 'self'",
      // The service worker that keeps pages for reading offline (/sw.js) comes from this origin only.
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

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
  ...(process.env.REDIS_URL && {
    cacheHandler: path.resolve("lib/cache/redis-cache.mjs"),
    cacheMaxMemorySize: 0,
  }),
  ...(exportStatic
    ? { output: "export" }
    : { headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }] }),
};

export default nextConfig;
