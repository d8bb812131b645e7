import { expect, test } from "@playwright/test";
import { flat, printPages } from "../support/print";

// The fixture article "Cloud bills, explained" (2026-04-18) was updated on 20 April and corrected on 21 April.
const CORRECTED = "/articles/cloud-bills-explained";
const NOTE =
  "An earlier version of this article said a GPU server costs less per hour than a CPU server. It costs more.";

test("an updated, corrected article says so under the byline and ends with the correction", async ({ page }) => {
  await page.goto(CORRECTED);
  const meta = page.locator(".article-header .meta");
  await expect(meta).toHaveText(/^18 April 2026 · Updated 21 April 2026 · /);
  await expect(meta.locator(".updated time")).toHaveAttribute("datetime", "2026-04-21");
  const corrections = page.getByRole("complementary", { name: "Correction" });
  await expect(corrections).toHaveText(`Correction21 April 2026: ${NOTE}`);
  await meta.getByRole("link", { name: "Updated" }).click();
  await expect(page).toHaveURL(`${CORRECTED}#corrections`);
  await expect(corrections).toBeInViewport();
  // Articles that were never changed say nothing of the kind.
  await page.goto("/articles/inside-the-chip-lab");
  await expect(page.locator(".article-header .meta")).not.toContainText("Updated");
  await expect(page.locator(".corrections")).toHaveCount(0);
});

test("the correction is printed with the article", async ({ page }) => {
  await page.goto(CORRECTED);
  const printed = flat((await printPages(page, "A4")).join(" "));
  expect(printed).toContain(flat("Updated 21 April 2026"));
  expect(printed).toContain(flat(`Correction 21 April 2026: ${NOTE}`));
});

test("search engines and the sitemap see when it last changed", async ({ page, request }) => {
  await page.goto(CORRECTED);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect([data.datePublished, data.dateModified]).toEqual(["2026-04-18", "2026-04-21"]);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", "2026-04-21");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/articles\/cloud-bills-explained<\/loc><lastmod>2026-04-21<\/lastmod>/);
});
