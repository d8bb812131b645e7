import { expect, test, type Page } from "@playwright/test";
import { expectOwnPolicy, recordViolations, violations } from "../support/policy";

test.use({ serviceWorkers: "allow" });

/** Waits until the service worker controls the page and has kept what it keeps for every reader. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test("an article read online opens offline, with the home page and the glossary", async ({ page, context }) => {
  await recordViolations(page);
  await page.goto("/articles/why-labs-rent-gpus");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const kept = await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why small labs rent their GPUs");
  // Kept with the policy it came with, which names its own scripts: they run, and nothing is blocked.
  expect(kept!.fromServiceWorker()).toBe(true);
  await expectOwnPolicy(kept!, "the kept article");
  await expect(page.getByRole("button", { name: "Display" })).toBeVisible();
  expect(await violations(page, "enforce")).toEqual([]);
  // Styled by the stylesheet the page was built with, from the cache.
  await expect(page.locator(".article-layout")).toHaveCSS("display", "grid");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
  await page.goto("/glossary");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Glossary/);
});

test("offline, an article never opened shows the offline page, listing the articles this device keeps", async ({
  page,
  context,
}) => {
  await page.goto("/articles/why-labs-rent-gpus");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  // The newest articles are kept for every reader, though this one never opened them.
  await page.goto("/articles/inside-the-chip-lab");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Inside a chip lab/);
  await page.goto("/articles/an-arm-laptop-review#fit");
  await expect(page).toHaveURL(/an-arm-laptop-review/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  const kept = page.getByRole("region", { name: "On this device" }).getByRole("listitem");
  await expect(kept.getByRole("link")).toHaveText([
    "Inside a chip lab, where CPUs and GPUs split the work",
    "A week of price cuts for rented servers",
    "Why small labs rent their GPUs",
  ]);
  await expect(kept.first().locator("time")).toHaveAttribute("datetime", "2026-05-12");
  await kept.getByRole("link", { name: "Why small labs rent their GPUs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why small labs rent their GPUs");
});

test("search works offline: the same query, a new one, and a word of what it has not kept", async ({
  page,
  context,
}) => {
  const status = page.getByRole("status").filter({ hasText: /for “|offline/ });
  await page.goto("/search?q=gpu");
  await waitForServiceWorker(page);
  await expect(status).toContainText("for “gpu”");
  const online = await page.locator(".search-articles h3").allTextContents();
  expect(online.length).toBeGreaterThan(0);
  await context.setOffline(true);
  // The same search, from the page and the index this device kept.
  await page.reload();
  await expect(status).toHaveText(/for “gpu”/);
  await expect(page.locator(".search-articles h3")).toHaveText(online);
  await expect(page.locator(".search-offline")).toContainText("This device is offline");
  // A new one: the fixture site's index is small, so all of it was kept from the start.
  await page.locator("#search-query").fill("trainium");
  await expect(status).toContainText("for “trainium”");
  await expect(page.locator(".search-terms a").first()).toHaveText("AWS Trainium");
  // A misspelling is corrected offline too (the vocabulary is kept with the index).
  await page.locator("#search-query").fill("grviton");
  await expect(status).toContainText("for “graviton”");
  // When a part of the index the search needs was not kept, the page says so.
  await page.evaluate(async () => {
    for (const name of (await caches.keys()).filter((name) => name.startsWith("gloss-search-"))) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) if (request.url.includes("pf_fragment")) await cache.delete(request);
    }
  });
  await page.reload();
  await expect(status).toHaveText("This device is offline, and has not kept the part of the index this search needs.");
});

test("the service worker keeps nothing from another origin and caches no error pages", async ({ page, context }) => {
  await page.goto("/articles/why-labs-rent-gpus");
  await waitForServiceWorker(page);
  await page.goto("/articles/no-such-article");
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.length).toBeGreaterThan(10);
  expect(cached.filter((url) => new URL(url).origin !== new URL(page.url()).origin)).toEqual([]);
  expect(cached.filter((url) => url.includes("no-such-article"))).toEqual([]);
  await context.setOffline(true);
  await page.goto("/articles/no-such-article");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
});
