import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { ARTICLE } from "../support/site";

/** The site's whole stylesheet: the files app/layout.tsx imports, in its order; print rules are public/print.css. */
const STYLES = [...readFileSync("app/layout.tsx", "utf8").matchAll(/^import "@\/(components\/[\w/-]+\.css)";$/gm)].map(
  (match) => match[1],
);
/** The one stylesheet of a page of its own: the search page's. */
const PAGE_STYLES = ["components/search/search.css"];

test.describe("hostile Markdown, rendered in Chromium", () => {
  test("nothing runs, nothing loads, nothing is clobbered, and the readable text survives", async ({ page }) => {
    const { articles } = await loadContent("tests/fixtures/hostile");
    const every = readdirSync("components", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".css"))
      .map((file) => `components/${file}`);
    expect([...STYLES, ...PAGE_STYLES].sort()).toEqual(every.sort());
    const css = [...STYLES, "public/print.css"].map((file) => readFileSync(file, "utf8")).join("\n");
    const dialogs: string[] = [];
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    // The rendered article, served as a page of its own origin (so cookies and the like behave as on the site).
    const origin = "http://hostile.test/";
    await page.route(origin, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><style>${css}</style></head><body><article class="article-body">${articles[0].html}</article></body></html>`,
      }),
    );
    page.on("request", (request) => {
      if (request.url() !== origin && !request.url().startsWith("data:")) requests.push(request.url());
    });
    await page.clock.install();
    await page.goto(origin);
    // Give anything that would fire (onload, onerror, timers) the chance to.
    await page.getByText("bold text survive").hover();
    await page.getByText("A raw paragraph whose text survives.").click();
    await page.clock.runFor(60_000);

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const text = await page.locator("article").innerText();
    for (const survives of [
      "Inline",
      "text and bold text survive.",
      "A raw paragraph whose text survives.",
      "A javascript link",
      "a safe CPU link",
      "A raw link that opens a new window",
      "document.cookie must stay a string.",
      '<script>alert("code is shown, not run")</script>',
    ]) {
      expect(text).toContain(survives);
    }
    expect(text).not.toContain("body { display: none }");
    expect(text).not.toContain("alert('svg script')");
    const globals = await page.evaluate(() => ({
      cookie: typeof document.cookie,
      getElementById: typeof document.getElementById,
      alert: typeof window.alert,
      location: typeof window.location,
      targets: document.querySelectorAll("[target]").length,
      handlers: Array.from(document.querySelectorAll("*")).filter((el) =>
        Array.from(el.attributes).some((attribute) => attribute.name.startsWith("on")),
      ).length,
      unsafeUrls: Array.from(document.querySelectorAll("[href], [src]")).filter((el) =>
        /^(javascript|vbscript|data):/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? ""),
      ).length,
    }));
    expect(globals).toEqual({
      cookie: "string",
      getElementById: "function",
      alert: "function",
      location: "object",
      targets: 0,
      handlers: 0,
      unsafeUrls: 0,
    });
  });
});

test.describe("unknown and hostile URLs", () => {
  for (const path of [
    "/articles/..%2f..%2fpackage.json",
    "/articles/%2e%2e%2f%2e%2e%2fpackage.json",
    "/articles/..%2F..%2Fcontent%2Farticles%2Finside-the-chip-lab.md",
    "/..%2fpackage.json",
    "/tests/fixtures/site/articles/inside-the-chip-lab.md",
    "/lib/content.ts",
    "/.env",
    `/articles/${"a".repeat(4000)}`,
    `/${"deep/".repeat(400)}`,
    "/og/..%2f..%2fpackage.json",
  ]) {
    test(`${path.slice(0, 60)} is a 404, never a file or a stack trace`, async ({ request }) => {
      const response = await request.get(path);
      expect([400, 404, 414]).toContain(response.status());
      const body = await response.text();
      expect(body).not.toContain('"dependencies"');
      expect(body).not.toContain(`title: "Inside a chip lab`);
      expect(body).not.toMatch(/at .+\(.+:\d+:\d+\)|node_modules\/|Error: /);
    });
  }
});

for (const path of ["/articles/%E0%A4%A", "/%", "/glossary%ZZ"]) {
  test(`a malformed percent-encoding (${path}) gets a 400 page, never a file or a stack trace`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toContain("text/html");
    expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
    const body = await response.text();
    expect(body).toContain("This address cannot be read");
    expect(body).not.toMatch(/at .+\(.+:\d+:\d+\)|node_modules\/|"dependencies"/);
  });
}

test.describe("response headers", () => {
  for (const path of ["/", ARTICLE, "/glossary", "/feed.xml", "/no-such-page"]) {
    test(`${path} is sent with a strict policy`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"];
      expect(csp).toBeDefined();
      const directives = Object.fromEntries(
        csp.split(";").map((directive) => {
          const [name, ...sources] = directive.trim().split(/\s+/);
          return [name, sources];
        }),
      );
      expect(directives["object-src"]).toEqual(["'none'"]);
      expect(directives["base-uri"]).toEqual(["'none'"]);
      expect(directives["frame-ancestors"]).toEqual(["'none'"]);
      expect(directives["default-src"]).toEqual(["'self'"]);
      // No third-party origin anywhere: only keywords, hashes of the page's own inline scripts, and data: for images.
      for (const sources of Object.values(directives)) {
        for (const source of sources) expect(source).toMatch(/^'[a-z-]+'$|^'sha256-[A-Za-z0-9+/]+=*'$|^data:$/);
      }
      expect(directives["script-src"]).not.toContain("'unsafe-inline'");
      expect(directives["style-src"]).not.toContain("'unsafe-inline'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("the policy breaks nothing: no violations, the page still works", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(ARTICLE);
    await page.locator(".article-body a.term").first().focus();
    await expect(page.locator(".term-card")).toBeVisible();
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("radio", { name: "Sepia" }).check();
    expect(errors).toEqual([]);
  });
});

test("a crawl of the site finds no broken internal link or fragment", async ({ page, baseURL }) => {
  // Every page of the fixture site, archive and term pages included.
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const queue = ["/"];
  const seen = new Set(queue);
  const ids = new Map<string, Set<string>>();
  const fragments: { from: string; to: string; fragment: string }[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    const response = await page.goto(path, { waitUntil: "domcontentloaded" });
    expect(response!.status(), path).toBe(200);
    if (!response!.headers()["content-type"]?.includes("text/html")) continue;
    const found = await page.evaluate(() => ({
      ids: Array.from(document.querySelectorAll("[id]"), (el) => el.id),
      links: Array.from(document.querySelectorAll("a[href], link[href]"), (el) => (el as HTMLAnchorElement).href),
    }));
    ids.set(path, new Set(found.ids));
    for (const href of found.links) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (url.hash && !url.hash.startsWith("#:~:"))
        fragments.push({ from: path, to: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(8);
  const broken = fragments.filter(({ to, fragment }) => ids.has(to) && !ids.get(to)!.has(fragment));
  expect(broken).toEqual([]);
});
