import { beforeAll, describe, expect, test } from "vitest";
import { getMonthPage, getSitemapEntries, getTerm, getTermArticles } from "@/lib/content";

// The site's content is loaded once per process, from CONTENT_DIR: the fixture site, in short pages.
beforeAll(() => {
  Object.assign(process.env, { CONTENT_DIR: "tests/fixtures/site", PAGE_SIZE: "2", TERM_ARTICLES: "2" });
});

const slugs = (articles: { slug: string }[]) => articles.map((article) => article.slug);

describe("a term's page", () => {
  test("has the entry, its related entries, its newest articles and how many pages hold them all", async () => {
    const gpu = (await getTerm("gpu"))!;
    expect(gpu.entry.term).toBe("GPU");
    expect(gpu.related.map((entry) => entry.id)).toEqual(["cpu", "ai-accelerator"]);
    expect(slugs(gpu.newest)).toEqual(["inside-the-chip-lab", "cloud-bills-explained"]);
    expect(gpu.total).toBe(4);
    expect(gpu.pages).toBe(2);
    expect(await getTerm("no-such-term")).toBeUndefined();
  });

  test("pages of all its articles run oldest first, and end", async () => {
    expect(slugs((await getTermArticles("gpu", 1))!.articles)).toEqual([
      "a-short-note-on-training",
      "why-labs-rent-gpus",
    ]);
    expect(slugs((await getTermArticles("gpu", 2))!.articles)).toEqual([
      "cloud-bills-explained",
      "inside-the-chip-lab",
    ]);
    expect(await getTermArticles("gpu", 3)).toBeUndefined();
  });

  test("a month of the archive is split into pages, with the months either side", async () => {
    const april = (await getMonthPage("2026-04", 2))!;
    expect(april.pages).toBe(2);
    expect(slugs(april.articles)).toEqual(["cloud-bills-explained", "a-week-of-price-cuts"]);
    expect([april.newer?.key, april.older?.key]).toEqual(["2026-05", "2026-03"]);
    expect(await getMonthPage("2026-04", 3)).toBeUndefined();
    expect(await getMonthPage("2026-06", 1)).toBeUndefined();
  });

  test("the sitemap lists articles, term pages and archive pages", async () => {
    const paths = (await getSitemapEntries()).map((entry) => entry.path);
    for (const path of ["/", "/archive", "/articles/inside-the-chip-lab", "/glossary/gpu", "/glossary/gpu/2"]) {
      expect(paths).toContain(path);
    }
    expect(paths).toContain("/archive/2026/04/2");
    expect(new Set(paths).size).toBe(paths.length);
  });
});
