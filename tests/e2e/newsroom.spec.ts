import { expect, test } from "@playwright/test";
import { ARTICLE, TITLE } from "../support/site";

// The fixture site is built with short lists (playwright.config.ts): 3 articles on the home page,
// 2 to a page, 2 in the feeds, 2 newest on a term's page.

test("from the home page to an article on the second page of a month, in four clicks", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".article-list > li")).toHaveCount(3);
  await expect(page.locator(".article-list > li").first()).toHaveClass("lead");
  const older = page.getByRole("navigation", { name: "Older articles" });
  await older.getByRole("link", { name: "Every month in the archive" }).click();
  await expect(page.locator("h1")).toHaveText("Archive");
  await expect(page.locator("#year-2026 ~ ul li").first()).toHaveText("May 1 article");
  await page.getByRole("link", { name: "April", exact: true }).click();
  await expect(page).toHaveURL("/archive/2026/04");
  await expect(page.locator("h1")).toHaveText("April 2026");
  await expect(page.locator(".page-intro")).toHaveText("4 articles, in the order they were published (page 1 of 2).");
  const titles = await page.locator(".article-list-title").allTextContents();
  expect(titles).toEqual(["An Arm laptop, reviewed", "Why small labs rent their GPUs"]);
  await page.getByRole("navigation", { name: "Pages of April 2026" }).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL("/archive/2026/04/2");
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "A week of price cuts for rented servers" }).click();
  await expect(page.locator("h1")).toHaveText("A week of price cuts for rented servers");
});

test("the home page's older months lead into the archive, and months lead to each other", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Older articles" }).getByRole("link", { name: "March 2026" }).click();
  await expect(page.locator("h1")).toHaveText("March 2026");
  await page
    .getByRole("navigation", { name: "Other months" })
    .getByRole("link", { name: /April 2026/ })
    .click();
  await expect(page).toHaveURL("/archive/2026/04");
  expect((await page.request.get("/archive/2026/04/3")).status()).toBe(404);
  expect((await page.request.get("/archive/2031/01")).status()).toBe(404);
});

test("a term's page explains it, lists its newest articles and leads to all of them", async ({ page }) => {
  await page.goto("/glossary/gpu");
  await expect(page.locator("h1")).toHaveText("GPU");
  await expect(page.locator(".dek")).toHaveText("A processor with many small cores that do many sums at once.");
  await expect(page.getByRole("region", { name: "GPU at a glance" })).toContainText("Instruction setEach maker's own");
  await expect(page.locator(".term-related")).toHaveText("Related: CPU, AI accelerator");
  await expect(page.locator(".article-list-title")).toHaveText([TITLE, "Cloud bills, explained"]);
  await expect(page.locator(".page-intro")).toHaveText("The newest 2 of 4 articles.");
  await page.getByRole("link", { name: "from the first" }).click();
  await expect(page).toHaveURL("/glossary/gpu/1");
  await expect(page.locator(".article-list-title")).toHaveText([
    "A short note on training",
    "Why small labs rent their GPUs",
  ]);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL("/glossary/gpu/2");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(ARTICLE);
  await page.goto("/glossary/gpu");
  await page.locator(".term-related").getByRole("link", { name: "CPU" }).click();
  await expect(page).toHaveURL("/glossary/cpu");
  expect((await page.request.get("/glossary/no-such-term")).status()).toBe(404);
});

test("/glossary#cpu still lands on CPU, which links to its page", async ({ page }) => {
  await page.goto("/glossary#cpu");
  const cpu = page.locator("#cpu");
  await expect(cpu).toBeInViewport();
  await cpu.getByRole("link", { name: "CPU" }).click();
  await expect(page).toHaveURL("/glossary/cpu");
});

test("related reading ends an article: up to three others that share its terms", async ({ page }) => {
  await page.goto(ARTICLE);
  const related = page.getByRole("complementary", { name: "Related reading" });
  const links = related.getByRole("link");
  await expect(links).toHaveCount(3);
  expect(await links.allTextContents()).not.toContain(TITLE);
  await links.first().click();
  await expect(page.locator("h1")).not.toHaveText(TITLE);
});

for (const path of ["/feed.xml", "/atom.xml"]) {
  test(`${path} holds the newest articles only`, async ({ request }) => {
    const xml = await (await request.get(path)).text();
    const links = [...xml.matchAll(/\/articles\/([a-z0-9-]+)/g)].map((match) => match[1]);
    expect([...new Set(links)]).toEqual(["inside-the-chip-lab", "a-week-of-price-cuts"]);
  });
}

test("the sitemap lists articles, term pages and archive pages", async ({ request, baseURL }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of [ARTICLE, "/archive", "/archive/2026/04/2", "/glossary/gpu", "/glossary/gpu/2"]) {
    expect(sitemap).toContain(`<loc>${baseURL}${path}</loc>`);
  }
});
