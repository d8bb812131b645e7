import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { precompress } from "@/lib/export/precompress";
import { NGINX_POLICIES } from "@/lib/export/policies";
import { SECURITY_HEADERS } from "../../next.config";

test("README asks static hosts for the very headers `next start` sends", () => {
  const readme = readFileSync("README.md", "utf8");
  const block = /```\n(X-Content-Type-Options:[\s\S]*?)```/.exec(readme.replace(/^ {2}/gm, ""))?.[1];
  expect(block, "README's block of headers").toBeDefined();
  const documented = block!
    .trim()
    .split("\n")
    .map((line) => {
      const colon = line.indexOf(": ");
      return { key: line.slice(0, colon), value: line.slice(colon + 2) };
    });
  expect(documented).toEqual(SECURITY_HEADERS);
});

test("deploy/nginx.conf sends the very headers `next start` sends, on every response", () => {
  const config = readFileSync("deploy/nginx.conf", "utf8");
  const sent = [...config.matchAll(/^\s*add_header (\S+) "([^"]*)" always;$/gm)].map(([, key, value]) => ({
    key,
    value,
  }));
  expect(sent).toEqual(SECURITY_HEADERS);
  // And each page's own policy, from the map the export writes beside the pages.
  expect(config).toMatch(/^\s*add_header Content-Security-Policy \$gloss_policy always;$/m);
  expect(config).toMatch(new RegExp(`^include ${/^\s*root (\S+);$/m.exec(config)![1]}/${NGINX_POLICIES};$`, "m"));
  // No location adds headers of its own (which would drop these).
  const locations = config.slice(config.search(/^\s*location /m));
  expect(locations).not.toContain("add_header");
});

describe("precompression", () => {
  test("writes brotli and gzip copies of text that decompress to it, and leaves images and small files", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "gloss-precompress-"));
    try {
      const page = "<!doctype html><p>" + "A page of text that compresses well. ".repeat(100);
      mkdirSync(path.join(root, "articles"));
      writeFileSync(path.join(root, "articles", "a.html"), page);
      writeFileSync(path.join(root, "tiny.css"), "p{}");
      writeFileSync(path.join(root, "image.png"), Buffer.alloc(4096));
      const result = await precompress(root);
      expect(result).toMatchObject({ files: 1, bytes: page.length, quality: 11 });
      const file = path.join(root, "articles", "a.html");
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page);
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page);
      expect(result.brotli).toBeLessThan(result.gzip);
      expect(existsSync(path.join(root, "tiny.css.br"))).toBe(false);
      expect(existsSync(path.join(root, "image.png.gz"))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
