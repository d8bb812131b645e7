/**
 * Each exported page's Content-Security-Policy (its inline scripts allowed by their hashes, see
 * lib/security/policy.mjs), written twice: as a <meta http-equiv> in the page itself, before any
 * script, for hosts that cannot send a header per file; and as nginx's map from file to policy
 * (`_nginx/policies.conf`, which deploy/nginx.conf includes), so that the header comes with the page.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FILE_POLICY, inlineContent, pagePolicy } from "../security/policy.mjs";

/** Where the export keeps nginx's map, beside the pages it is for (and never served: see deploy/nginx.conf). */
export const NGINX_POLICIES = "_nginx/policies.conf";

/** The <meta> element that carries a page's policy (frame-ancestors stays in the header only). */
export const policyMeta = (html: string) =>
  `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html, { meta: true })}"/>`;

/** `html` with its policy's <meta> first in its head, after the character set (which must come first). */
export function withPolicyMeta(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const charset = /<meta charSet="utf-8"\/>/i.exec(html);
  const at = charset ? charset.index + charset[0].length : html.indexOf("<head>") + "<head>".length;
  if (at < "<head>".length) throw new Error("a page without <head>");
  return html.slice(0, at) + policyMeta(html) + html.slice(at);
}

/** nginx's map key for an exported file: the URI nginx holds once try_files found it. */
function mapKey(file: string): string {
  const uri = `/${file.split(path.sep).join("/")}`;
  // `/` and `/x/` are found as `$uri/index.html`, which nginx spells with two slashes.
  if (uri.endsWith("/index.html"))
    return `~^${uri.slice(0, -"index.html".length).replace(/[.]/g, "\\.")}/?index\\.html$`;
  return uri;
}

/**
 * Gives every page of the export in `root` its policy (the <meta>, and nginx's map). Returns how
 * many pages, and how many distinct inline scripts they allow.
 */
export function writePolicies(root: string): { pages: number; scripts: number } {
  const pages = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".html") && !file.startsWith(`pagefind${path.sep}`),
  );
  const entries: string[] = [];
  const scripts = new Set<string>();
  for (const file of pages.sort()) {
    const full = path.join(root, file);
    const html = readFileSync(full, "utf8");
    const policy = pagePolicy(html);
    for (const script of inlineContent(html).scripts) scripts.add(script);
    writeFileSync(full, withPolicyMeta(html));
    entries.push(`    "${mapKey(file)}" "${policy}";`);
  }
  mkdirSync(path.join(root, path.dirname(NGINX_POLICIES)), { recursive: true });
  writeFileSync(
    path.join(root, NGINX_POLICIES),
    [
      "# Written by `npm run export`: each page's Content-Security-Policy, which allows the inline",
      "# scripts of that page by their hashes. deploy/nginx.conf includes it (in the http block);",
      "# reload nginx after copying a new export, so that the policies match its pages.",
      "map_hash_max_size 262144;",
      "map_hash_bucket_size 256;",
      "map $uri $gloss_policy {",
      `    default "${FILE_POLICY}";`,
      ...entries,
      "}",
      "",
    ].join("\n"),
  );
  return { pages: pages.length, scripts: scripts.size };
}
