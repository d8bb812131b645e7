import { expect, test } from "@playwright/test";
import { ARTICLE, TITLE } from "../support/site";

for (const path of ["/no-such-page", "/articles/no-such-article", `${ARTICLE}/extra`]) {
  test(`${path} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response!.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
    await expect(page).toHaveTitle(/Page not found/);
    await page.getByRole("link", { name: "list of articles" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}

test("the 404 page suggests the latest articles", async ({ page }) => {
  await page.goto("/no-such-page");
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
});
