import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { buildSearchIndex, memorySource } from "../../lib/search/build-index";
import { ARTICLE, TITLE } from "../support/site";

// The fixture site is built with SEARCH_RESULTS=2 (playwright.config.ts): two articles at a time.

// The fields are search boxes, and comboboxes once suggestions load (on first focus): found by id.
const pageField = (page: Page) => page.locator("#search-query");
const headerField = (page: Page) => page.locator("#site-search-query");
const status = (page: Page) => page.getByRole("status").filter({ hasText: "for “" });
const articleTitles = (page: Page) => page.locator(".search-articles h3").allTextContents();
const termNames = (page: Page) => page.locator(".search-terms a").allTextContents();

async function searchFor(page: Page, query: string) {
  await page.goto("/search");
  await pageField(page).fill(query);
  await expect(status(page)).toContainText(`for “${query}”`);
}

/** A search for the words as typed, never corrected (the "Search instead for" address). */
async function searchAsTyped(page: Page, query: string) {
  await page.goto(`/search?q=${encodeURIComponent(query)}&typed=1`);
  await expect(status(page)).toContainText(`for “${query}”`);
}

test("every page has a search field in its header, which goes to the search page", async ({ page }) => {
  for (const path of ["/", ARTICLE, "/glossary", "/glossary/gpu", "/archive", "/no-such-page"]) {
    await page.goto(path);
    const search = page.getByRole("search", { name: "Site" });
    await expect(search.getByRole("searchbox", { name: "Search articles and terms" }), path).toBeVisible();
  }
  await page.goto(ARTICLE);
  await headerField(page).fill("Trainium");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/search?q=Trainium");
  await expect(status(page)).toHaveText("2 terms and 2 articles for “Trainium”.");
});

test("“/” focuses search from anywhere outside a text field", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.locator("body").press("/");
  const field = headerField(page);
  await expect(field).toBeFocused();
  // In a text field, "/" is typed like any other character.
  await page.keyboard.type("a/b");
  await expect(field).toHaveValue("a/b");
  // On the search page it is the page's own field (the header's is hidden there).
  await page.goto("/search");
  await expect(page.getByRole("search", { name: "Site" })).toBeHidden();
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(pageField(page)).toBeFocused();
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
  await expect(pageField(page)).toHaveValue("graviton");
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
  await searchAsTyped(page, "Fixture Desk");
  await expect(status(page)).toHaveText("Nothing found for “Fixture Desk”.");
  await searchFor(page, "pictures");
  await expect(status(page)).toHaveText("1 term for “pictures”.");
  await expect(page.locator(".search-mentions")).toHaveText("In the glossary: GPU.");
  await expect(page.locator(".search-articles")).toHaveCount(0);
});

test("results are reached by keyboard, and more are added on request", async ({ page }) => {
  await searchFor(page, "gpu");
  await expect(status(page)).toHaveText(/and 4 articles for “gpu”\.$/);
  // The terms suggested under the field take the arrow keys while open: Escape closes them.
  await expect(page.getByRole("listbox", { name: "Suggested terms" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(pageField(page)).toHaveValue("gpu");
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
    "x".repeat(8000),
    "!!! ??? ... ,,, ;;;",
    Array.from({ length: 100 }, (_, n) => `grviton${n}`).join(" "),
    "grv\u0000iton \u202egrviton",
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

test.describe("misspellings", () => {
  test("“grviton” lists AWS Graviton and its articles, says what it searched, and offers the words as typed", async ({
    page,
  }) => {
    await page.goto("/search");
    await pageField(page).fill("grviton");
    await expect(status(page)).toHaveText(/^\d+ terms? and \d+ articles? for “graviton”\.$/);
    const notice = page.locator(".search-corrected");
    await expect(notice).toHaveText("Showing results for graviton. Search instead for grviton.");
    expect(await termNames(page)).toContain("AWS Graviton");
    expect(await articleTitles(page)).toContain(TITLE);
    // The address keeps the reader's words.
    await expect(page).toHaveURL("/search?q=grviton");
    await expect(notice.getByRole("link", { name: "graviton" })).toHaveAttribute("href", "/search?q=graviton");
    await notice.getByRole("link", { name: "grviton" }).click();
    await expect(page).toHaveURL("/search?q=grviton&typed=1");
    await expect(status(page)).toHaveText("Nothing found for “grviton”.");
    await expect(page.locator(".search-corrected")).toHaveCount(0);
    // Typing again corrects again.
    await pageField(page).fill("traninum");
    await expect(status(page)).toContainText("for “trainium”");
  });

  test("two misspelt words are corrected one by one; words with results are never rewritten", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("Traninum grviton")}`);
    await expect(status(page)).toContainText("for “trainium graviton”");
    await expect(page.locator(".search-corrected")).toHaveText(
      "Showing results for trainium graviton. Search instead for Traninum grviton.",
    );
    // One word found, one not: only the one that matches nothing is corrected.
    await page.goto(`/search?q=${encodeURIComponent("Trainium grviton")}`);
    await expect(status(page)).toContainText("for “Trainium graviton”");
    for (const query of ["graviton", "Trainium", "gpu"]) {
      await searchFor(page, query);
      await expect(page.locator(".search-corrected")).toHaveCount(0);
    }
  });
});

test.describe("suggestions as a reader types", () => {
  const field = headerField;
  const listbox = (page: Page) => page.getByRole("listbox", { name: "Suggested terms" });

  test("the header's field suggests terms from two letters, chosen with the arrow keys and Enter", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator("body").press("/");
    await page.keyboard.type("g");
    await expect(listbox(page)).toBeHidden();
    await page.keyboard.type("ravi");
    await expect(field(page)).toHaveAttribute("role", "combobox");
    await expect(field(page)).toHaveAttribute("aria-expanded", "true");
    const options = listbox(page).getByRole("option");
    await expect(options).toHaveCount(1);
    await expect(options.first()).toContainText("AWS Graviton");
    await expect(options.first().locator(".suggestion-short")).not.toBeEmpty();
    await expect(page.getByRole("status").filter({ hasText: "suggested" })).toHaveText(
      "1 term suggested: up and down arrows to choose, Enter to open.",
    );
    await page.keyboard.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await expect(field(page)).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
    await expect(field(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/glossary/graviton");
  });

  test("Escape closes them, and Enter without a choice searches as before", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator("body").press("/");
    await page.keyboard.type("tr");
    await expect(listbox(page).getByRole("option")).toHaveText([/^Training/, /^AWS Trainium/]);
    // Down past the last goes back to the field; up from the field to the last.
    await page.keyboard.press("ArrowUp");
    await expect(listbox(page).getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(field(page)).not.toHaveAttribute("aria-activedescendant");
    await page.keyboard.press("Escape");
    await expect(listbox(page)).toBeHidden();
    await expect(field(page)).toHaveAttribute("aria-expanded", "false");
    await expect(field(page)).toHaveValue("tr");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/search?q=tr");
  });

  test("a misspelt beginning still finds the term, and a click opens it", async ({ page }) => {
    await page.goto("/glossary");
    await field(page).click();
    await page.keyboard.type("grvit");
    await expect(listbox(page).getByRole("option").first()).toContainText("AWS Graviton");
    await listbox(page).getByRole("option").first().click();
    await expect(page).toHaveURL("/glossary/graviton");
  });

  test("the search page's own field suggests too, and its arrow keys go to them first", async ({ page }) => {
    await page.goto("/search");
    const own = pageField(page);
    await own.fill("nvid");
    await expect(page.getByRole("combobox", { name: "Search articles and terms" })).toBeVisible();
    await expect(page.getByRole("listbox", { name: "Suggested terms" }).getByRole("option")).toHaveText([
      /^Nvidia/,
      /^Nvidia Vera/,
    ]);
    await own.press("ArrowDown");
    await expect(own).toBeFocused();
    await own.press("Enter");
    await expect(page).toHaveURL("/glossary/nvidia");
  });

  for (const width of [320, 1280]) {
    test(`open, they fit the screen and have no axe violations at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(ARTICLE);
      await page.locator("body").press("/");
      await page.keyboard.type("pro");
      await expect(listbox(page)).toBeVisible();
      const box = (await listbox(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  }
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
  await headerField(page).fill("gpu");
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
  const field = headerField(page);
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
