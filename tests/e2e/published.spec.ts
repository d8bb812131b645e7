import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { Readability } from "@mozilla/readability";
import matter from "gray-matter";
import { JSDOM } from "jsdom";
import { SECURITY_HEADERS } from "../../next.config";
import { importArticle } from "../../lib/editor/import";
import { createRenderer } from "../../lib/markdown/render";
import { checkMarkup } from "../support/html-checker";
import { flat, printPages, unmarked } from "../support/print";
import { seedBio, seedSentences } from "../support/seed";
import { normalize } from "../support/text";
import { startNginx, type Nginx } from "../support/nginx";
import { painted } from "../support/painted";
import { expectOwnPolicy, recordViolations, violations } from "../support/policy";
import { FILE_POLICY } from "../../lib/security/policy.mjs";
import { selectText } from "../support/selection";

/**
 * The published site: the static export of `content/`, served by nginx as deploy/nginx.conf serves it. The seed
 * article's own checks (every sentence word for word, four printed pages) live here and only here;
 * every other browser test reads the fixture site.
 */
const PORT = 3200;
const ORIGIN = `http://localhost:${PORT}`;
const SEED = "/articles/meta-aws-graviton-deal";
const CREDIT = "Based on reporting by Julie Bort for TechCrunch";
let server: Nginx;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // The published content, whatever CONTENT_DIR the tests run with.
  execFileSync("npm", ["run", "export"], {
    env: { ...process.env, SITE_URL: ORIGIN, CONTENT_DIR: "content" },
    stdio: "pipe",
  });
  // Served as it is deployed: nginx with the repository's deploy/nginx.conf.
  server = await startNginx("out", PORT);
});

test.afterAll(() => server?.close());

test("the static export holds every route, feeds, sitemap, images and the 404 page", async ({ request }) => {
  for (const [path, type] of [
    ["/", "text/html"],
    [SEED, "text/html"],
    ["/glossary", "text/html"],
    ["/highlights", "text/html"],
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
  expect(feed).toContain(`${ORIGIN}${SEED}`);
});

test("nginx sends the README's headers, clean URLs, the 404 page, long caching and precompressed copies", async ({
  request,
}) => {
  const expected = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));
  for (const path of [SEED, "/glossary", "/no-such-page"]) {
    const response = await request.get(`${ORIGIN}${path}`);
    expect(response.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
    expect(response.headers(), path).toMatchObject(expected);
    expect(response.headers()["cache-control"], path).toBe("public, max-age=0, must-revalidate");
  }
  const script = /\/_next\/static\/[^"]+\.js/.exec(await (await request.get(`${ORIGIN}/`)).text())![0];
  expect((await request.get(`${ORIGIN}${script}`)).headers()["cache-control"]).toBe(
    "public, max-age=31536000, immutable",
  );
  // The copies written beside each file, chosen by what the browser accepts; the same page either way.
  const raw = readFileSync(`out${SEED}.html`);
  for (const [encoding, file] of [
    ["br", `out${SEED}.html.br`],
    ["gzip", `out${SEED}.html.gz`],
  ]) {
    const response = await fetch(`${ORIGIN}${SEED}`, { headers: { "accept-encoding": encoding } });
    expect(response.headers.get("content-encoding")).toBe(encoding);
    expect(response.headers.get("vary")).toContain("Accept-Encoding");
    expect(Buffer.from(await response.arrayBuffer()).equals(raw), encoding).toBe(true);
    expect(readFileSync(file).length).toBeLessThan(raw.length / 4);
  }
  expect((await request.get(`${ORIGIN}/articles/%E0%A4%A`)).status()).toBe(400);
});

test("every exported page is valid HTML: the Nu Html Checker finds no error", async () => {
  test.setTimeout(120_000);
  const pages = readdirSync("out", { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .map((file) => `out/${file}`);
  expect(pages).toContain("out/404.html");
  expect(await checkMarkup(pages)).toEqual([]);
});

test("every exported page carries its own policy, in nginx's header and in a <meta> first in its head", async ({
  request,
}) => {
  const pages = readdirSync("out", { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .map((file) => `/${file.replace(/(index)?\.html$/, "")}`);
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const response = await request.get(`${ORIGIN}${path}`);
    const policy = await expectOwnPolicy(response, path);
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html);
    expect(meta?.[1], path).toBe(policy.replace("; frame-ancestors 'none'", ""));
    expect(meta!.index, path).toBeLessThan(html.indexOf("<script"));
  }
  // Any other file allows nothing inline, and nginx's map is not served.
  expect((await request.get(`${ORIGIN}/feed.xml`)).headers()["content-security-policy"]).toBe(FILE_POLICY);
  expect((await request.get(`${ORIGIN}/_nginx/policies.conf`)).status()).toBe(404);
});

test("the exported article works in a browser under the recommended headers", async ({ page }) => {
  await recordViolations(page);
  // A saved preference, applied by the head script (allowed by its hash) before the first paint.
  await page.addInitScript(() => localStorage.setItem("gloss:preferences", JSON.stringify({ theme: "sepia" })));
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${ORIGIN}${SEED}#trainium`);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "sepia");
  await expect(page.locator("h2#trainium")).toBeInViewport();
  await page.locator('.article-body a.term[data-term="vera"]').first().focus();
  await expect(page.locator(".term-card")).toBeVisible();
  await page.getByRole("link", { name: "Glossary", exact: true }).click();
  await expect(page).toHaveURL(`${ORIGIN}/glossary`);
  expect(errors).toEqual([]);
  expect(await violations(page, "enforce")).toEqual([]);
});

test("highlights work in the export: kept, listed on /highlights, and its link lands on the words", async ({
  page,
}) => {
  await page.goto(`${ORIGIN}${SEED}`);
  // The first words of the first paragraph, whatever the article says.
  const words = await page
    .locator(".article-body p[id]")
    .first()
    .evaluate((p) => p.textContent!.trim().split(/\s+/).slice(0, 4).join(" "));
  // Selected as a reader would once the page answers: the offer beside the selection shows the keys.
  const offer = page.locator(".quote-offer");
  await expect(async () => {
    await selectText(page, words);
    await expect(offer.getByRole("button", { name: "Highlight" })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.keyboard.press("h");
  await expect(page.getByRole("region", { name: "Your highlights" }).locator("blockquote")).toHaveText(words);
  await page.goto(`${ORIGIN}/highlights`);
  const link = page.locator(".highlights-list blockquote a");
  await expect(link).toHaveText(words);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${SEED}#p-`));
  await expect.poll(() => painted(page)).toEqual([words]);
});

test("search works in the export: the seed article and the term for each name it explains", async ({ page }) => {
  await recordViolations(page);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${ORIGIN}${SEED}`);
  const title = await page.locator("h1").innerText();
  // Each term the article explains, with the words the article names it by.
  const terms = await page.locator(".glossary-entry").evaluateAll((entries) =>
    entries.map((entry) => ({
      term: entry.querySelector(".glossary-term")!.textContent!,
      named: document.querySelector(`.article-body a.term[data-term="${entry.id.replace(/^glossary-/, "")}"]`)!
        .textContent!,
    })),
  );
  expect(terms.length).toBeGreaterThan(10);
  // A phrase the article links for itself (its frontmatter's glossary.add) finds the article but is
  // not a name of the term: the term is searched by its own name too.
  const added = Object.keys(matter(readFileSync(`content${SEED}.md`, "utf8")).data.glossary?.add ?? {});
  await page.goto(`${ORIGIN}/search?q=Trainium`);
  const status = page.getByRole("status").filter({ hasText: "for “" });
  await expect(status).toContainText("for “Trainium”");
  await expect(page.locator(".search-articles h3").first()).toHaveText(title);
  const field = page.locator("#search-query");
  await field.fill("graphics processing");
  await expect(status).toContainText("for “graphics processing”");
  await expect(page.locator(".search-terms a").first()).toHaveText("GPU");
  const searchFor = async (query: string) => {
    await field.fill(query);
    await expect(status, query).toContainText(`for “${query}”`);
  };
  for (const { term, named } of terms) {
    await searchFor(named);
    await expect(page.locator(".search-articles h3", { hasText: title }), named).toBeVisible();
    if (added.includes(named)) await searchFor(term);
    await expect(page.locator(".search-terms a").getByText(term, { exact: true }), named).toBeVisible();
  }
  expect(errors).toEqual([]);
  expect(await violations(page, "enforce")).toEqual([]);
});

test("the seed's plain text, imported and given its section headings, renders the published body text", async ({
  page,
}) => {
  // The blocks of the published body as a reader reads them: headings and paragraphs, without
  // their self-links or the chips table.
  const blocks = (root: string) =>
    page.locator(root).evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".heading-link, .paragraph-link, .chips").forEach((node) => node.remove());
      return Array.from(copy.querySelectorAll("h2, p"), (block) => ({
        tag: block.tagName.toLowerCase(),
        id: block.id,
        text: block.textContent!.replace(/\s+/g, " ").trim(),
      }));
    });
  await page.goto(`${ORIGIN}${SEED}`);
  const published = await blocks(".article-body");
  const imported = importArticle(readFileSync("tests/fixtures/seed/article.txt", "utf8"), {
    title: "The seed",
    date: "2026-04-24",
    author: "The desk",
    bioLast: true,
  });
  expect(imported.frontmatter.author.bio).toBe(seedBio);
  // The editor's step: a heading before the paragraph each section of the published article opens with.
  const body = imported.markdown.split("\n---\n")[1].trim().split("\n\n");
  const markdown = body
    .map((paragraph, index) => {
      const opens = published.findIndex(
        (block, at) =>
          block.tag === "h2" && at + 1 < published.length && published[at + 1].text === imported.paragraphs[index],
      );
      return opens < 0 ? paragraph : `## ${published[opens].text} {#${published[opens].id}}\n\n${paragraph}`;
    })
    .join("\n\n");
  await page.setContent(`<div class="body">${createRenderer()(markdown).html}</div>`);
  const rendered = await blocks(".body");
  expect(rendered.map(({ tag, text }) => ({ tag, text }))).toEqual(published.map(({ tag, text }) => ({ tag, text })));
  expect(rendered.filter((block) => block.tag === "h2").map((block) => block.id)).toEqual(
    published.filter((block) => block.tag === "h2").map((block) => block.id),
  );
});

test("with the seed alone the site reads as it did: no older-articles block, no empty related reading", async ({
  page,
}) => {
  test.skip(readdirSync("content/articles").length > 1, "content/ holds more than the seed article");
  await page.goto(`${ORIGIN}/`);
  await expect(page.getByRole("navigation", { name: "Older articles" })).toHaveCount(0);
  await page.goto(`${ORIGIN}${SEED}`);
  await expect(page.getByRole("complementary", { name: "Related reading" })).toHaveCount(0);
  await expect(page.locator(".related")).toHaveCount(0);
});

test("the export reads offline behind nginx, and a new build replaces the last one's caches", async ({ browser }) => {
  test.setTimeout(120_000);
  // A copy of the export, so that a new build of it leaves the one the other tests read alone.
  const root = mkdtempSync(path.join(tmpdir(), "gloss-export-"));
  cpSync("out", root, { recursive: true });
  chmodSync(root, 0o755); // nginx's workers read it as another user
  const origin = `http://localhost:${PORT + 1}`;
  const copy = await startNginx(root, PORT + 1);
  const context = await browser.newContext({ serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    const pageCaches = () =>
      page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("gloss-pages-")));
    await page.goto(`${origin}${SEED}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const [first] = await pageCaches();
    const dek = await page.locator(".dek").innerText();
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator(".dek")).toHaveText(dek);
    await page.goto(`${origin}/glossary`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Glossary");
    await context.setOffline(false);

    // The next build: new words in the article, its service worker written and compressed again.
    const file = path.join(root, `${SEED.slice(1)}.html`);
    // Its opening words, wherever the page has them (the HTML and the data React hydrates it from).
    const opening = dek.split(" ").slice(0, 3).join(" ");
    // As many characters as they had: the page data counts the length of its longer strings.
    const rebuilt = "Rebuilt words".padEnd(opening.length, ".").slice(0, opening.length);
    const html = readFileSync(file, "utf8");
    expect(html).toContain(opening);
    writeFileSync(file, html.replaceAll(opening, rebuilt));
    const env = { ...process.env, GLOSS_EXPORT: "1", GLOSS_DIST_DIR: root, CONTENT_DIR: "content", SITE_URL: ORIGIN };
    for (const step of ["lib/commands/build-offline.ts", "lib/commands/finish-export.ts"]) {
      execFileSync("npx", ["tsx", step], { env, stdio: "pipe" });
    }
    await page.reload();
    await expect.poll(pageCaches, { timeout: 30_000 }).toEqual([expect.not.stringMatching(first)]);
    await context.setOffline(true);
    await page.goto(`${origin}${SEED}`);
    await expect(page.locator(".dek")).toHaveText(dek.replace(opening, rebuilt));
  } finally {
    await context.close();
    await copy.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test.describe("the seed article", () => {
  test("shows every sentence of the seed word for word, and the author's bio outside the body", async ({ page }) => {
    await page.goto(`${ORIGIN}${SEED}`);
    const body = normalize(await page.locator(".article-body").innerText());
    expect(seedSentences.filter((sentence) => !body.includes(normalize(sentence)))).toEqual([]);
    expect(body).not.toContain(normalize(seedBio));
    await expect(page.locator(".author-bio")).toHaveText(seedBio);
    await expect(page.locator("article header time")).toHaveAttribute("datetime", "2026-04-24");
    // The story retells TechCrunch's reporting (its last sentence is TechCrunch's lab tour): credited.
    await expect(page.locator(".based-on")).toHaveText(new RegExp(`^${CREDIT}: In another wild turn`));
  });

  test("Readability extracts its title, byline and every sentence", async ({ request }) => {
    const html = await (await request.get(`${ORIGIN}${SEED}`)).text();
    const parsed = new Readability(new JSDOM(html, { url: `${ORIGIN}${SEED}` }).window.document).parse();
    expect(parsed?.title).toBe("Meta commits to Amazon's Graviton CPUs for its AI infrastructure");
    expect(parsed?.byline).toContain("AIChief Editorial Staff");
    const text = normalize(parsed?.textContent ?? "");
    expect(seedSentences.filter((sentence) => !text.includes(normalize(sentence)))).toEqual([]);
  });

  for (const format of ["A4", "Letter"] as const) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`prints on at most four ${format} pages from a ${colorScheme} screen, every sentence and the bio`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${ORIGIN}${SEED}`);
        const pages = await printPages(page, format);
        expect(pages.length).toBeLessThanOrEqual(4);
        const all = flat(unmarked(pages.join(" ")));
        expect(seedSentences.filter((sentence) => !all.includes(flat(sentence)))).toEqual([]);
        expect(all).toContain(flat(seedBio));
        expect(all).toContain(flat(CREDIT));
      });
    }
  }
});
