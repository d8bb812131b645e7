import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { NGINX_POLICIES, withPolicyMeta, writePolicies } from "@/lib/export/policies";
import { FILE_POLICY, POLICY_HEADER, inlineContent, pagePolicy, withPagePolicy } from "@/lib/security/policy.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** A page as Next.js writes one: scripts of its own, inline ones, a data block and a stylesheet link. */
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  "<script>(function(){document.documentElement.dataset.theme='dark'})()</script>",
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/></head>',
  '<body><p>Text with <a href="#x">a link</a></p>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script id="_R_">(globalThis.T=[]).push(1)</script>',
  '<script>self.__next_f.push([1,"<\\/p> a </script" + "-less string"])</script>',
  "</body></html>",
].join("");

describe("a page's policy", () => {
  test("names exactly the inline scripts a browser runs, by the SHA-256 of their text as written", () => {
    const { scripts, styles, styleAttributes } = inlineContent(PAGE);
    expect(scripts).toEqual([
      "(function(){document.documentElement.dataset.theme='dark'})()",
      "(globalThis.T=[]).push(1)",
      'self.__next_f.push([1,"<\\/p> a ',
    ]);
    expect(styles).toEqual([]);
    expect(styleAttributes).toEqual([]);
    const policy = pagePolicy(PAGE);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toBe(`script-src 'self' ${scripts.map(sha).join(" ")} 'wasm-unsafe-eval'`);
    expect(policy).not.toContain("'unsafe-inline'");
    // An empty <style> (a reader's own rules are written into one through the object model), and nothing else inline.
    expect(policy).toContain(`style-src 'self' ${sha("")};`);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  test("allows an inline style and a style attribute only by their hashes", () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><p style="color:&quot;x&quot;">x</p></body></html>';
    expect(pagePolicy(html)).toContain(
      `style-src 'self' 'unsafe-hashes' ${sha("")} ${sha("p{color:red}")} ${sha('color:"x"')};`,
    );
  });

  test("in a <meta>, leaves out frame-ancestors, which only a header can carry", () => {
    expect(pagePolicy(PAGE, { meta: true })).not.toContain("frame-ancestors");
    expect(pagePolicy(PAGE, { meta: true })).toBe(pagePolicy(PAGE).replace("; frame-ancestors 'none'", ""));
  });

  test("a file that is not a page allows nothing inline", () => {
    expect(FILE_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(FILE_POLICY).not.toContain("sha256-' ");
  });

  test("the page cache gives a page its policy from its HTML, and leaves other entries alone", () => {
    const page = { kind: "APP_PAGE", html: PAGE, headers: { "x-next-cache-tags": "a" } };
    expect(withPagePolicy(page).headers).toEqual({ "x-next-cache-tags": "a", [POLICY_HEADER]: pagePolicy(PAGE) });
    const route = { kind: "APP_ROUTE", body: Buffer.from("x"), headers: {} };
    expect(withPagePolicy(route).headers).toEqual({});
  });
});

describe("the export's policies", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test("each page carries its policy in a <meta> before any script, and nginx's map has it by file", () => {
    root = mkdtempSync(path.join(tmpdir(), "gloss-policies-"));
    mkdirSync(path.join(root, "articles"));
    mkdirSync(path.join(root, "pagefind"));
    writeFileSync(path.join(root, "index.html"), PAGE);
    writeFileSync(path.join(root, "articles", "a.html"), PAGE.replace("push(1)", "push(2)"));
    writeFileSync(path.join(root, "pagefind", "x.html"), "<p>not a page</p>");
    expect(writePolicies(root)).toEqual({ pages: 2, scripts: 4 });
    const article = readFileSync(path.join(root, "articles", "a.html"), "utf8");
    const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(article, { meta: true })}"/>`;
    expect(article.indexOf(meta)).toBe(article.indexOf("<meta charSet") + '<meta charSet="utf-8"/>'.length);
    expect(article.indexOf(meta)).toBeLessThan(article.indexOf("<script"));
    // Again: the page is left as it is.
    expect(withPolicyMeta(article)).toBe(article);
    const map = readFileSync(path.join(root, NGINX_POLICIES), "utf8");
    expect(map).toContain(`"/articles/a.html" "${pagePolicy(article)}";`);
    // The home page is found as //index.html by try_files.
    expect(map).toContain(`"~^//?index\\.html$" "${pagePolicy(PAGE)}";`);
    expect(map).toContain(`default "${FILE_POLICY}";`);
    expect(map).not.toContain("pagefind");
  });
});
