import { expect, type Page } from "@playwright/test";

/**
 * Leaves the page by the header's Articles link (which the site follows itself, without loading a
 * document) and comes Back to `back`; checks the page is shown again in the same document.
 */
export async function awayAndBack(page: Page, back: RegExp) {
  await page.evaluate(() => document.documentElement.setAttribute("data-same-document", ""));
  await page.locator(".site-header").getByRole("link", { name: "Articles", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expect(page).toHaveURL(back);
  // Shown again by the page's own scripts, not loaded again as a document.
  await expect(page.locator("html")).toHaveAttribute("data-same-document", "");
}
