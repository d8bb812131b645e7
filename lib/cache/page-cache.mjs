/**
 * The cache of rendered pages `next start` uses alone (next.config.ts points Next.js's
 * `cacheHandler` here): Next.js's own, in memory and in the build folder, with each page's
 * Content-Security-Policy computed from its HTML and kept among its headers, whether the page was
 * written by the build or rendered on request (lib/security/policy.mjs). Next.js sends an entry's
 * headers with the page, so the policy always names the inline scripts of the very page it comes with.
 */
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { withPagePolicy } from "../security/policy.mjs";

/** `Base`, a Next.js cache handler, with every page's policy added as it is kept and as it is read. */
export function withPagePolicies(Base) {
  return class PagePolicyCache extends Base {
    async get(...args) {
      const entry = await super.get(...args);
      if (entry?.value) withPagePolicy(entry.value);
      return entry;
    }

    async set(key, data, ...rest) {
      return super.set(key, withPagePolicy(data), ...rest);
    }
  };
}

export default withPagePolicies(FileSystemCache.default ?? FileSystemCache);
