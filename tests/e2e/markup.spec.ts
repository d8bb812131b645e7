import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkMarkup } from "../support/html-checker";

test("every page is valid HTML: the Nu Html Checker finds no error", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  // Every address the sitemap lists, and the pages it does not: search, highlights, offline, the 404 page.
  const locations = async (url: string): Promise<string[]> => {
    const xml = await (await request.get(url)).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    if (!xml.includes("<sitemapindex")) return locs;
    return (await Promise.all(locs.map((loc) => locations(loc)))).flat();
  };
  const paths = [...(await locations("/sitemap.xml")), "/search", "/highlights", "/offline", "/no-such-page"];
  expect(paths.length).toBeGreaterThan(30);
  const folder = mkdtempSync(path.join(tmpdir(), "gloss-markup-"));
  try {
    const files = await Promise.all(
      paths.map(async (pathname, index) => {
        const response = await request.get(`${baseURL}${pathname}`);
        expect(response.status(), pathname).toBe(pathname === "/no-such-page" ? 404 : 200);
        const file = path.join(folder, `${index}-${pathname.replace(/\W+/g, "-")}.html`);
        writeFileSync(file, await response.body());
        return file;
      }),
    );
    expect(await checkMarkup(files)).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
