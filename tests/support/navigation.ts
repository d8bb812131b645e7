import { expect, type Page } from "@playwright/test";

/** Leaves the page by the header's Articles link, which loads the home page, and comes Back to `back`. */
export async function awayAndBack(page: Page, back: RegExp) {
  await page.locator(".site-header").getByRole("link", { name: "Articles", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
  await page.goBack();
  await expect(page).toHaveURL(back);
}
