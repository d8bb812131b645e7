import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { flat, printPages, unmarked } from "../support/print";
import { ARTICLE } from "../support/site";

/** The fixture site is built with PRERENDER_ARTICLES=2: its two newest articles are written at build time. */
const ON_REQUEST = "/articles/why-labs-rent-gpus";

/** The pages `next build` wrote, by address. */
const builtRoutes = () => Object.keys(JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")).routes);

test.describe("pages rendered on their first request", () => {
  test("the build wrote the newest articles, the newest months and every term's page, and nothing else", () => {
    const routes = builtRoutes();
    expect(routes).toEqual(expect.arrayContaining([ARTICLE, "/articles/a-week-of-price-cuts", "/archive/2026/05"]));
    expect(routes).toEqual(expect.arrayContaining(["/glossary/gpu", "/glossary/trainium"]));
    for (const later of [ON_REQUEST, "/articles/a-short-note-on-training", "/archive/2026/03", "/glossary/gpu/1"]) {
      expect(routes).not.toContain(later);
    }
  });

  test("an article the build did not write reads as one it did: glossary, cards, related reading, print", async ({
    page,
  }) => {
    for (const address of [ARTICLE, ON_REQUEST]) {
      await page.goto(address);
      await expect(page.locator("h1")).toHaveCount(1);
      const terms = await page
        .locator(".article-body a.term[data-term]")
        .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("data-term")))]);
      expect(terms.length, address).toBeGreaterThan(1);
      // The glossary beside the text has an entry for every term the text links, in order.
      await expect(page.locator(".glossary-entry")).toHaveCount(terms.length);
      const link = page.locator(".article-body a.term").first();
      await link.focus();
      await expect(page.locator(".term-card")).toBeVisible();
      await expect(page.getByRole("complementary", { name: "Related reading" }).getByRole("link")).not.toHaveCount(0);
      const printed = flat(unmarked((await printPages(page, "A4")).join(" ")));
      expect(printed).toContain("Glossary The terms marked in the text");
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(data["@type"]).toBe("NewsArticle");
    }
  });

  test("an unknown address is a 404; later archive and term pages render, then come from the cache", async ({
    request,
  }) => {
    for (const missing of ["/articles/no-such-article", "/archive/2026/13", "/archive/1999/01", "/glossary/gpu/9"]) {
      expect((await request.get(missing)).status(), missing).toBe(404);
    }
    for (const address of ["/archive/2026/03", "/glossary/gpu/2"]) {
      const first = await request.get(address);
      expect(first.status(), address).toBe(200);
      expect(await first.text()).toContain('class="article-list"');
      const again = await request.get(address);
      expect(again.headers()["x-nextjs-cache"], address).toBe("HIT");
    }
  });
});
