import { describe, expect, test } from "vitest";
import { isPageOf, pageCount } from "@/lib/content/archive";
import { relatedReading } from "@/lib/content/related";
import type { Article } from "@/lib/schema";
import { sitemapIndexXml, sitemapParts, sitemapXml } from "@/lib/feeds/sitemap";
import { pagesToShow } from "@/components/lists/pager";

/** An article with only what grouping and related reading read. */
function article(slug: string, date: string, terms: string[] = []): Article {
  return { slug, date, title: slug, terms } as unknown as Article;
}

/** Newest first, as the content loader returns them. */
const newestFirst = (articles: Article[]) =>
  [...articles].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));

describe("the archive", () => {
  test("pages: the first always exists, none past the last", () => {
    expect([1, 2, 3].map((page) => isPageOf(page, 5, 2))).toEqual([true, true, true]);
    expect(isPageOf(4, 5, 2)).toBe(false);
    expect(isPageOf(0, 5, 2)).toBe(false);
    expect(isPageOf(1.5, 5, 2)).toBe(false);
    expect(isPageOf(1, 0, 2)).toBe(true);
    expect([pageCount(0, 50), pageCount(50, 50), pageCount(51, 50)]).toEqual([1, 1, 2]);
  });

  test("a pager shows the ends and two pages either side, or every page of a bounded list", () => {
    expect(pagesToShow(1, 3)).toEqual([1, 2, 3]);
    expect(pagesToShow(10, 200)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 200]);
    expect(pagesToShow(200, 200)).toEqual([1, "gap", 198, 199, 200]);
    expect(pagesToShow(1, 17, true)).toHaveLength(17);
  });
});

describe("related reading", () => {
  test("shared rare terms win over shared common ones", () => {
    const articles = newestFirst([
      article("subject", "2026-01-01", ["cpu", "trainium"]),
      article("common", "2026-01-05", ["cpu"]),
      article("rare", "2026-01-02", ["trainium"]),
      article("filler-1", "2026-01-03", ["cpu"]),
      article("filler-2", "2026-01-04", ["cpu", "gpu"]),
    ]);
    expect(
      relatedReading(articles)
        .get("subject")!
        .map((a) => a.slug)[0],
    ).toBe("rare");
  });

  test("never links an article to itself, and at most three", () => {
    const articles = newestFirst(
      Array.from({ length: 6 }, (_, n) => article(`a${n}`, `2026-01-0${n + 1}`, ["vera", n % 2 ? "arm" : "gpu"])),
    );
    const related = relatedReading(articles);
    for (const [slug, list] of related) {
      expect(list.length).toBeLessThanOrEqual(3);
      expect(list.map((a) => a.slug)).not.toContain(slug);
    }
  });

  test("ties go to the newest", () => {
    const articles = newestFirst([
      article("subject", "2026-03-01", ["graviton"]),
      article("older", "2026-01-01", ["graviton"]),
      article("newer", "2026-02-01", ["graviton"]),
      article("newest", "2026-02-15", ["graviton"]),
      article("oldest", "2025-12-01", ["graviton"]),
      article("unrelated", "2026-01-10", ["gpu"]),
    ]);
    expect(
      relatedReading(articles)
        .get("subject")!
        .map((a) => a.slug),
    ).toEqual(["newest", "newer", "older"]);
  });

  test("a term in every article says nothing, and one article alone has none", () => {
    const everywhere = newestFirst([article("a", "2026-01-01", ["cpu"]), article("b", "2026-01-02", ["cpu"])]);
    expect(relatedReading(everywhere).get("a")).toEqual([]);
    expect(relatedReading([article("alone", "2026-01-01", ["cpu", "gpu"])]).get("alone")).toEqual([]);
  });
});

describe("the sitemap", () => {
  test("lists absolute addresses with their last change, or indexes its parts", () => {
    const one = sitemapXml([{ path: "/articles/x", lastModified: "2026-04-24" }, { path: "/glossary/cpu" }]);
    expect(one).toContain("<loc>http://localhost:3000/articles/x</loc><lastmod>2026-04-24</lastmod>");
    expect(one).toContain("<url><loc>http://localhost:3000/glossary/cpu</loc></url>");
    expect(sitemapIndexXml(["/sitemaps/1.xml", "/sitemaps/2.xml"])).toContain(
      "<sitemap><loc>http://localhost:3000/sitemaps/2.xml</loc></sitemap>",
    );
    expect([sitemapParts(50_000), sitemapParts(50_001), sitemapParts(120_000)]).toEqual([1, 2, 3]);
  });
});
