import { expect, test } from "@playwright/test";
import { ARTICLE, DATE, TITLE } from "../support/site";

test.use({ javaScriptEnabled: false });

test("with JavaScript off the article reads, and terms lead to their glossary entries", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator(".article-body h2")).not.toHaveCount(0);
  await expect(page.locator(`time[datetime='${DATE.iso}']`).first()).toBeVisible();

  await page.locator('.article-body a[href="#glossary-vera"]').first().click();
  await expect(page).toHaveURL(/#glossary-vera$/);
  await expect(page.locator("#glossary-vera")).toBeInViewport();
  await expect(page.locator("#glossary-vera")).toContainText("CPU");
});

test("with JavaScript off a section link lands on its section", async ({ page }) => {
  await page.goto(`${ARTICLE}#graviton-vs-vera`);
  await expect(page.locator("h2#graviton-vs-vera")).toBeInViewport();
});

test("with JavaScript off heading and paragraph links are plain links that land", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole("link", { name: "Link to section: Graviton against Vera" }).click();
  await expect(page).toHaveURL(/#graviton-vs-vera$/);
  await expect(page.locator("h2#graviton-vs-vera")).toBeInViewport();
  const paragraph = page.locator(".article-body p[id]").nth(4);
  await paragraph.hover();
  await paragraph.getByRole("link", { name: "Link to this paragraph" }).click();
  await expect(paragraph).toBeInViewport();
  expect(await paragraph.evaluate((element) => element.matches(":target"))).toBe(true);
});

test("with JavaScript off the highlights page says why it lists nothing, and an article offers no highlighting", async ({
  page,
}) => {
  await page.goto("/highlights");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your highlights");
  await expect(page.locator(".highlights-noscript")).toHaveText(
    "Highlights are kept and listed by this page’s script, which is off.",
  );
  await expect(page.locator(".highlights")).toHaveCount(0);
  await page.goto(ARTICLE);
  await expect(page.locator(".article-highlights, .quote-offer")).toHaveCount(0);
});
