import { expect, test } from "@playwright/test";
import { ARTICLE } from "../support/site";
import { expectOwnPolicy, recordViolations, violations } from "../support/policy";
import { FILE_POLICY } from "../../lib/security/policy.mjs";

/**
 * The Content-Security-Policy on `next start`: every page allows its own inline scripts by their
 * hashes and nothing else inline, whether the build wrote it or it was rendered on request.
 */
const PAGES = [
  "/",
  ARTICLE,
  // Rendered on its first request (the fixture build writes only the two newest articles).
  "/articles/cloud-bills-explained",
  "/glossary",
  "/glossary/arm",
  "/archive",
  "/archive/2026/04",
  "/search?q=graviton",
  "/highlights",
  "/offline",
  "/no-such-page",
];

test("every page carries its own policy, without 'unsafe-inline', and the browser blocks nothing on it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await recordViolations(page);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
    await expectOwnPolicy(response!, path);
    // The same when fetched without asking for HTML, as the service worker keeps pages.
    await expectOwnPolicy(await page.request.get(path), `${path}, fetched`);
    // Once the page's scripts have run (hydrated: the header's Display menu shows).
    await expect(page.getByRole("button", { name: "Display" }), path).toBeVisible();
    expect(await violations(page, "enforce"), path).toEqual([]);
  }
});

test("a file that is not a page allows nothing inline", async ({ page, request }) => {
  await page.goto("/");
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  for (const path of [script!, "/sw.js", "/feed.xml", "/manifest.webmanifest", "/icons/icon-192.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(
      response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy"),
      path,
    ).toEqual([expect.objectContaining({ value: FILE_POLICY })]);
  }
});

test("under the policy the page's scripts run: preferences and known terms before the first paint, a card, search", async ({
  page,
}) => {
  await recordViolations(page);
  await page.addInitScript(() => {
    localStorage.setItem("gloss:preferences", JSON.stringify({ theme: "dark" }));
    localStorage.setItem("gloss:known-terms", JSON.stringify(["gpu"]));
  });
  // Without the app's scripts, only the inline head script (allowed by its hash) can apply them.
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
  await page.goto(ARTICLE);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // The known term is written as a rule of the page's own, and a mention of it reads as plain text.
  expect(
    await page.evaluate(
      () => (document.getElementById("known-terms-style") as HTMLStyleElement).sheet!.cssRules.length,
    ),
  ).toBeGreaterThan(0);
  await expect(page.locator('.article-body a.term[data-term="gpu"]').first()).toHaveCSS("text-decoration-line", "none");
  await page.unrouteAll();

  await page.goto(ARTICLE);
  await page.locator('.article-body a.term[data-term="vera"]').first().focus();
  await expect(page.locator(".term-card")).toBeVisible();
  // Search runs Pagefind's WebAssembly ('wasm-unsafe-eval', no 'unsafe-eval').
  await page.goto("/search?q=graviton");
  await expect(page.getByRole("status").filter({ hasText: "for “graviton”" })).toBeVisible();
  await expect(page.locator(".search-results li").first()).toBeVisible();
  expect(await violations(page, "enforce")).toEqual([]);
  // The Trusted Types trial is reported, not enforced: Pagefind starts its worker from a plain URL.
  expect(await violations(page, "report")).toContainEqual(
    expect.objectContaining({
      directive: "require-trusted-types-for",
      sample: "Worker constructor|/pagefind/pagefind-worker.js",
    }),
  );
});

test("a script injected into a page is blocked, and the browser reports it", async ({ page }) => {
  await recordViolations(page);
  // As if the sanitizer had let a script through: the page's HTML with one more, its headers as sent.
  await page.route(ARTICLE, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(ARTICLE);
  await expect(page.getByRole("button", { name: "Display" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  const blocked = await violations(page, "enforce");
  expect(blocked).toEqual([expect.objectContaining({ directive: "script-src-elem", blocked: "inline" })]);
  // Said in the console (there is no reporting endpoint: the export has no server to receive reports).
  expect(errors.join("\n")).toContain("Content Security Policy");
  // The page's own scripts still ran.
  await page.locator('.article-body a.term[data-term="vera"]').first().focus();
  await expect(page.locator(".term-card")).toBeVisible();
});
