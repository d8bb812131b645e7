import { expect, test } from "@playwright/test";
import { ARTICLE, DATE, TITLE } from "../support/site";

test("the home page lists articles with headline, dek, date and reading time, and leads to them", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toHaveText("Articles");
  const item = page.locator(".article-list li").first();
  const headline = item.getByRole("link", { name: TITLE });
  await expect(headline).toBeVisible();
  await expect(item.locator(".article-list-dek")).toContainText("why the CPU still matters");
  await expect(item.locator("time")).toHaveAttribute("datetime", DATE.iso);
  await expect(item.locator(".meta")).toContainText(/\d+ min read/);

  await headline.click();
  await expect(page).toHaveURL(ARTICLE);
  await page.locator('.article-body a[href="#glossary-graviton"]').first().click();
  await expect(page.locator("#glossary-graviton")).toBeInViewport();
});

test("a skip link leads past the header to the content", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#content$/);
  await expect(page.locator("main")).toBeFocused();
});
