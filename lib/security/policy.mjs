/**
 * Gloss's Content-Security-Policy. A page may run its own scripts (from this origin) and the inline
 * scripts it was built with, each allowed by its SHA-256 hash (the preferences script that runs
 * before the first paint, Next.js's page data, its chunk list), and nothing else: no
 * 'unsafe-inline'. Styles likewise: the stylesheet, and an inline style only by its hash.
 *
 * Plain JavaScript, for Next.js loads the cache handler that gives pages rendered on request their
 * policy (lib/cache/) as it is, at run time; the build, the export and the tests use it too.
 */
import { createHash } from "node:crypto";

/** The header that carries a page's policy. */
export const POLICY_HEADER = "content-security-policy";

/** Everything but scripts and styles: the same on every page and every file. */
const FETCHES = [
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  // The service worker that keeps pages for reading offline (/sw.js) comes from this origin only.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** Not in a <meta> policy, which cannot carry it: only a header can forbid framing. */
const FRAMING = "frame-ancestors 'none'";

/** The SHA-256 hash of `text` as a policy source, `'sha256-…'`. */
export const hashSource = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Script types a browser runs (a JSON-LD or JSON data block is not run, and needs no hash). */
const RUNS = /^(|module|text\/javascript|application\/javascript)$/i;

/** The attribute `name` of a tag's attribute text, or undefined. */
function attribute(attributes, name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i").exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}

/**
 * What a page's HTML holds inline: the text of each inline script a browser would run, of each
 * <style> element, and each `style` attribute's value, in order. (Script and style text is raw in
 * HTML: it ends at the first `</script` or `</style`, and is hashed as written.)
 */
export function inlineContent(html) {
  const scripts = [];
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)) {
    if (attribute(attributes, "src") !== undefined) continue;
    if (!RUNS.test((attribute(attributes, "type") ?? "").trim())) continue;
    scripts.push(text);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style/gi)].map(([, text]) => text);
  // Attributes of tags only (not of text that merely looks like one inside a script).
  const withoutRaw = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1/gi, "");
  const styleAttributes = [...withoutRaw.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
    ([, double, single]) => decodeEntities(double ?? single),
  );
  return { scripts, styles, styleAttributes };
}

/** An attribute value as the browser reads it (the few entities React and Next.js write). */
const decodeEntities = (value) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const unique = (values) => [...new Set(values)];

/**
 * The policy of a page whose HTML is `html`: its inline scripts and styles allowed by their hashes
 * only. `meta`: for a <meta http-equiv> in the page, which cannot carry frame-ancestors.
 */
export function pagePolicy(html, { meta = false } = {}) {
  const { scripts, styles, styleAttributes } = inlineContent(html);
  const scriptHashes = unique(scripts.map(hashSource));
  // An empty <style> is allowed too: a reader's own rules (the terms they know, what they have read)
  // are written into one through the CSS object model (lib/browser/style-rules.ts), not as its text.
  const styleHashes = unique(["", ...styles, ...styleAttributes].map(hashSource));
  return [
    "default-src 'self'",
    // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    ["script-src 'self'", ...scriptHashes, "'wasm-unsafe-eval'"].join(" "),
    // A style attribute can only be allowed by its hash with 'unsafe-hashes'; Gloss's pages have none.
    ["style-src 'self'", ...(styleAttributes.length > 0 ? ["'unsafe-hashes'"] : []), ...styleHashes].join(" "),
    ...FETCHES,
    ...(meta ? [] : [FRAMING]),
  ].join("; ");
}

/** The policy of every response that is not a page (scripts, styles, feeds, images, the service worker): nothing inline. */
export const FILE_POLICY = pagePolicy("");

/**
 * A trial, reported and not enforced: what would break if the page's scripts could write HTML or
 * load scripts only through Trusted Types (README, "Content-Security-Policy").
 */
export const TRUSTED_TYPES_TRIAL = "require-trusted-types-for 'script'";

/** Entries given their policy already (a cache in memory hands out the same entry again). */
const policed = new WeakSet();

/**
 * The page cache's entry `value` (Next.js's incremental cache) with its page's policy among its
 * headers, computed from its HTML (once per entry), so that the policy always matches the page.
 */
export function withPagePolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || policed.has(value)) return value;
  value.headers = { ...value.headers, [POLICY_HEADER]: pagePolicy(value.html) };
  policed.add(value);
  return value;
}
