import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { buildSearchIndex, memorySource } from "../../lib/search/build-index";
import { ARTICLE, TITLE } from "../support/site";

// The fixture site is built with SEARCH_RESULTS=2 (playwright.config.ts): two articles at a time.

const status = (page: Page) => page.getByRole("status").filter({ hasText: "for “" });
const articleTitles = (page: Page) => page.locator(".search-articles h3").allTextContents();
const termNames = (page: Page) => page.locator(".search-terms a").allTextContents();

async function searchFor(page: Page, query: string) {
  await page.goto("/search");
  await page.getByRole("searchbox", { name: "Search articles and terms" }).fill(query);
  await expect(status(page)).toContainText(`for “${query}”`);
}

test("every page has a search field in its header, which goes to the search page", async ({ page }) => {
  for (const path of ["/", ARTICLE, "/glossary", "/glossary/gpu", "/archive", "/no-such-page"]) {
    await page.goto(path);
    const search = page.getByRole("search", { name: "Site" });
    await expect(search.getByRole("searchbox", { name: "Search articles and terms" }), path).toBeVisible();
  }
  await page.goto(ARTICLE);
  await page.getByRole("search", { name: "Site" }).getByRole("searchbox").fill("Trainium");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/search?q=Trainium");
  await expect(status(page)).toHaveText("2 terms and 2 articles for “Trainium”.");
});

test("“/” focuses search from anywhere outside a text field", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.locator("body").press("/");
  const field = page.getByRole("search", { name: "Site" }).getByRole("searchbox");
  await expect(field).toBeFocused();
  // In a text field, "/" is typed like any other character.
  await page.keyboard.type("a/b");
  await expect(field).toHaveValue("a/b");
  // On the search page it is the page's own field (the header's is hidden there).
  await page.goto("/search");
  await expect(page.getByRole("search", { name: "Site" })).toBeHidden();
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: "Search articles and terms" })).toBeFocused();
});

test("typing “Trainium” lists its term, then the articles that use it, best first", async ({ page }) => {
  await searchFor(page, "Trainium");
  await expect(page).toHaveURL("/search?q=Trainium");
  expect(await termNames(page)).toEqual(["AWS Trainium"]);
  // Terms whose explanations mention it follow in one line.
  await expect(page.locator(".search-mentions")).toHaveText(/^Also in the glossary: .+\.$/);
  await expect(page.locator(".search-terms li")).toHaveText(
    "AWS Trainium Amazon's own chip for training and running AI models.",
  );
  expect(await articleTitles(page)).toEqual([TITLE, "Cloud bills, explained"]);
  const first = page.locator(".search-articles li").first();
  await expect(first.locator("time")).toHaveText("12 May 2026");
  await expect(first.locator(".search-excerpt mark").first()).toHaveText(/Trainium/);
  await first.getByRole("link").click();
  await expect(page).toHaveURL(ARTICLE);
});

test("“graphics processing” lists the GPU term first, by its other name", async ({ page }) => {
  await searchFor(page, "graphics processing");
  expect((await termNames(page))[0]).toBe("GPU");
});

test("a search has an address: opening it shows the same results", async ({ page }) => {
  await page.goto("/search?q=graviton");
  await expect(page.getByRole("searchbox", { name: "Search articles and terms" })).toHaveValue("graviton");
  await expect(status(page)).toContainText("for “graviton”");
  expect(await termNames(page)).toEqual(["AWS Graviton"]);
});

test("a query with no match says so, and offers the archive and the glossary", async ({ page }) => {
  await searchFor(page, "qwxzvk");
  await expect(status(page)).toHaveText("Nothing found for “qwxzvk”.");
  await expect(page.locator(".search-empty").getByRole("link", { name: "archive" })).toHaveAttribute(
    "href",
    "/archive",
  );
  await expect(page.locator(".search-empty").getByRole("link", { name: "glossary" })).toHaveAttribute(
    "href",
    "/glossary",
  );
});

test("only article text and glossary entries are indexed, not bylines or the sidebar's copies", async ({ page }) => {
  // "Fixture Desk" is every article's byline and bio; "pictures" is only in the GPU entry, which
  // the chip-lab article's sidebar also shows.
  await searchFor(page, "Fixture Desk");
  await expect(status(page)).toHaveText("Nothing found for “Fixture Desk”.");
  await searchFor(page, "pictures");
  await expect(status(page)).toHaveText("1 term for “pictures”.");
  await expect(page.locator(".search-mentions")).toHaveText("In the glossary: GPU.");
  await expect(page.locator(".search-articles")).toHaveCount(0);
});

test("results are reached by keyboard, and more are added on request", async ({ page }) => {
  await searchFor(page, "gpu");
  await expect(status(page)).toHaveText(/and 4 articles for “gpu”\.$/);
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(".search-terms a").first()).toBeFocused();
  // Tab goes on through the terms mentioned, then to the articles.
  const firstArticle = page.locator(".search-articles a").first();
  for (let step = 0; step < 10 && !(await firstArticle.evaluate((link) => link === document.activeElement)); step++) {
    await page.keyboard.press("Tab");
  }
  await expect(firstArticle).toBeFocused();
  expect(await articleTitles(page)).toHaveLength(2);
  const more = page.getByRole("button", { name: "More articles (2 more)" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".search-articles li")).toHaveCount(4);
  await expect(page.locator(".search-articles a").nth(2)).toBeFocused();
  await expect(page.getByRole("button", { name: /More articles/ })).toHaveCount(0);
});

test("a hostile query is shown back as text and changes nothing else", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const query of [
    `<img src=x onerror="alert(1)"><script>alert(2)</script>`,
    "\u202egpu\u202c ﷽ 𝔤𝔭𝔲 e\u0301 \u0000",
    "gpu ".repeat(2000),
  ]) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(status(page)).toBeVisible();
    await expect(page.locator(".search-results img, .search-results script")).toHaveCount(0);
    await expect(page).toHaveTitle("Search · Gloss");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  await page.goto(`/search?q=${encodeURIComponent("<b>gpu</b>")}`);
  await expect(status(page)).toContainText("“<b>gpu</b>”");
  expect(dialogs).toEqual([]);
});

test("search loads its index from this site only", async ({ page }) => {
  const hosts = new Set<string>();
  page.on("request", (request) => hosts.add(new URL(request.url()).host));
  await searchFor(page, "inference");
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});

test("with JavaScript on, the note for readers without it never shows", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("Search needs JavaScript")).toBeHidden();
});

test("with JavaScript off the search page says search needs it, and where to look instead", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("search", { name: "Site" }).getByRole("searchbox").fill("gpu");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/search?q=gpu");
  const note = page.getByText("Search needs JavaScript");
  await expect(note).toBeVisible();
  await expect(page.getByRole("link", { name: "archive" })).toHaveAttribute("href", "/archive");
  await expect(page.getByRole("link", { name: "glossary", exact: true }).last()).toHaveAttribute("href", "/glossary");
  await expect(page.getByRole("status")).toHaveCount(0);
  await context.close();
});

test.describe("the search page has no axe violations", () => {
  for (const width of [320, 1280]) {
    for (const [query, shown] of [
      ["gpu", "with results"],
      ["qwxzvk", "with none"],
    ]) {
      test(`${shown} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await searchFor(page, query);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      });
    }
  }
});

test("on a phone the header's field widens over the header while in use", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(ARTICLE);
  const field = page.getByRole("search", { name: "Site" }).getByRole("searchbox");
  const closed = await field.boundingBox();
  await page.keyboard.press("/");
  const open = await field.boundingBox();
  expect(closed!.width).toBeLessThan(48);
  expect(open!.width).toBeGreaterThan(280);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe("an index in shards", () => {
  let folder: string;

  test.beforeAll(async () => {
    // The fixture site indexed in shards of two articles: the search page must merge them all.
    const { articles, glossary } = await loadContent("tests/fixtures/site");
    folder = mkdtempSync(path.join(tmpdir(), "gloss-shards-"));
    await buildSearchIndex(memorySource(articles, glossary.values()), path.join(folder, "pagefind"), 2);
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("the search page merges the older shards and finds articles in every one", async ({ page }) => {
    const served: string[] = [];
    await page.route("**/pagefind/**", async (route) => {
      const file = path.join(folder, new URL(route.request().url()).pathname);
      served.push(new URL(route.request().url()).pathname);
      await route.fulfill({ path: file });
    });
    // The oldest article (in the first shard) and the newest (with the terms, in the main index).
    await searchFor(page, "lab director");
    await expect(page.locator(".search-articles h3").first()).toHaveText(TITLE);
    await searchFor(page, "two paragraphs");
    await expect(page.locator(".search-articles h3").first()).toHaveText("A short note on training");
    expect(served).toContain("/pagefind/shards.json");
    expect(served.some((url) => url.startsWith("/pagefind/archive-0/"))).toBe(true);
  });
});
