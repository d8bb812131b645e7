import { execFileSync } from "node:child_process";
import type { Server } from "node:http";
import { expect, test } from "@playwright/test";
import { SECURITY_HEADERS } from "../../next.config";
import { serveStatic } from "../support/static-server";

const PORT = 3200;
const ORIGIN = `http://localhost:${PORT}`;
let server: Server;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  execFileSync("npm", ["run", "export"], { env: { ...process.env, SITE_URL: ORIGIN }, stdio: "pipe" });
  server = await serveStatic("out", PORT, SECURITY_HEADERS);
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

test("the static export holds every route, feeds, sitemap, images and the 404 page", async ({ request }) => {
  for (const [path, type] of [
    ["/", "text/html"],
    ["/articles/meta-aws-graviton-deal", "text/html"],
    ["/glossary", "text/html"],
    ["/feed.xml", "application/rss+xml"],
    ["/atom.xml", "application/atom+xml"],
    ["/sitemap.xml", "xml"],
    ["/robots.txt", "text/plain"],
    ["/manifest.webmanifest", "manifest+json"],
    ["/og/meta-aws-graviton-deal.png", "image/png"],
    ["/icon.svg", "image/svg+xml"],
    ["/icons/icon-192.png", "image/png"],
  ] as const) {
    const response = await request.get(`${ORIGIN}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
  const missing = await request.get(`${ORIGIN}/articles/no-such-article`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Page not found");
  const feed = await (await request.get(`${ORIGIN}/feed.xml`)).text();
  expect(feed).toContain(`${ORIGIN}/articles/meta-aws-graviton-deal`);
});

test("the exported article works in a browser under the recommended headers", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${ORIGIN}/articles/meta-aws-graviton-deal#trainium`);
  await expect(page.locator("h2#trainium")).toBeInViewport();
  await page.locator('.article-body a.term[data-term="vera"]').first().focus();
  await expect(page.locator(".term-card")).toBeVisible();
  await page.getByRole("link", { name: "Glossary", exact: true }).click();
  await expect(page).toHaveURL(`${ORIGIN}/glossary`);
  expect(errors).toEqual([]);
});
