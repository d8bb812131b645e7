import { expect, test, type Page } from "@playwright/test";
import { awayAndBack } from "../support/navigation";
import { pageData } from "../support/page-data";
import { normalize } from "../support/text";
import { ARTICLE, BASED_ON, BIO, BYLINE, DATE, TITLE } from "../support/site";

const CORE_TERMS = ["cpu", "gpu", "graviton", "trainium", "vera"];

/** The bottom edge of the sticky site header, in viewport pixels. */
const headerBottom = (page: Page) =>
  page.locator(".site-header").evaluate((header) => header.getBoundingClientRect().bottom);

test.describe("the article page", () => {
  test("has one headline, the dek, a byline with author and source, and the date", async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(TITLE);
    await expect(page).toHaveTitle(`${TITLE} · Gloss`);
    await expect(page.locator(".dek")).toContainText("why the CPU still matters");
    await expect(page.locator(".byline")).toHaveText(BYLINE);
    await expect(page.locator(".byline a")).toHaveAttribute("href", "https://example.org/fixture-wire/chip-lab");
    // The reporting it retells is credited under the byline, the report's title linked.
    await expect(page.locator(".based-on")).toHaveText(BASED_ON.text);
    await expect(page.locator(".based-on cite a")).toHaveAttribute("href", BASED_ON.url);
    const date = page.locator("article header time");
    await expect(date).toHaveAttribute("datetime", DATE.iso);
    await expect(date).toHaveText(DATE.shown);
  });

  test("its text, chips table and glossary are in the HTML once, and still there after a visit elsewhere", async ({
    page,
    request,
  }) => {
    const html = await (await request.get(ARTICLE)).text();
    const data = pageData(html);
    expect(data).toContain(TITLE);
    for (const words of [
      "Engineers at the lab spend their days",
      "Chips at a glance",
      "The main processor that runs",
    ]) {
      expect(html.split(words)).toHaveLength(2);
      expect(data).not.toContain(words);
    }

    await page.goto(ARTICLE);
    const body = page.locator(".article-body");
    const text = await body.innerText();
    const entries = await page.locator(".glossary-entry").count();
    expect(entries).toBeGreaterThan(5);
    await awayAndBack(page, new RegExp(`${ARTICLE}$`));
    await expect.poll(() => body.innerText()).toBe(text);
    await expect(page.locator(".glossary-entry")).toHaveCount(entries);
    await expect(page.locator(".chips table")).toBeVisible();
  });

  test("shows the author's bio under the article, outside the body", async ({ page }) => {
    await page.goto(ARTICLE);
    const body = normalize(await page.locator(".article-body").innerText());
    expect(body).toContain("Engineers at the lab spend their days");
    expect(body).not.toContain(normalize(BIO));
    await expect(page.locator(".article-footer .author-bio")).toHaveText(BIO);
  });

  test("divides the body into at least four sections with clean ids", async ({ page }) => {
    await page.goto(ARTICLE);
    const ids = await page.locator(".article-body h2").evaluateAll((headings) => headings.map((h) => h.id));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids).toContain("the-visit");
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test("links the five core terms to glossary entries that explain them", async ({ page }) => {
    await page.goto(ARTICLE);
    for (const id of CORE_TERMS) {
      await expect(page.locator(`.article-body a[href="#glossary-${id}"]`).first()).toBeVisible();
      const entry = page.locator(`#glossary-${id}`);
      await expect(entry.locator(".glossary-term")).not.toBeEmpty();
      await expect(entry.locator(".glossary-short")).toHaveText(/\.$/);
      await expect(entry.locator(".glossary-explanation p").first()).not.toBeEmpty();
    }
    await expect(page.locator("#glossary-trainium .glossary-explanation")).toContainText("AI accelerator");
  });

  test("links only the first mention of a term in each section", async ({ page }) => {
    await page.goto(ARTICLE);
    const perSection = await page.locator(".article-body").evaluate((body) => {
      const counts: Record<string, number>[] = [{}];
      for (const node of Array.from(body.querySelectorAll(".heading, p"))) {
        if (node.matches(".heading") && node.querySelector("h2")) counts.push({});
        for (const link of Array.from(node.querySelectorAll("a.term"))) {
          const term = link.getAttribute("data-term")!;
          counts[counts.length - 1][term] = (counts[counts.length - 1][term] ?? 0) + 1;
        }
      }
      return counts;
    });
    for (const counts of perSection) for (const count of Object.values(counts)) expect(count).toBe(1);
    // GPU is mentioned in three sections, so a reader landing on any of them finds it linked.
    expect(perSection.filter((counts) => counts.gpu === 1).length).toBe(3);
  });

  test("lists glossary entries in order of first appearance in the text", async ({ page }) => {
    await page.goto(ARTICLE);
    const inText = await page
      .locator(".article-body a.term")
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("data-term")))]);
    const inSidebar = await page
      .locator(".glossary-entry")
      .evaluateAll((entries) => entries.map((entry) => entry.id.replace(/^glossary-/, "")));
    expect(inSidebar).toEqual(inText);
  });

  test("clicking a term brings its entry into view, below the header; its link leads back", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('.article-body a[href="#glossary-trainium"]').first().click();
    await expect(page).toHaveURL(/#glossary-trainium$/);
    const entry = page.locator("#glossary-trainium");
    await expect(entry).toBeInViewport();
    const top = await entry.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(await headerBottom(page));

    await entry.getByRole("link", { name: /Back to the text/ }).click();
    await expect(page).toHaveURL(/#mention-trainium$/);
    await expect(page.locator("#mention-trainium")).toBeInViewport();
    const mentionTop = await page
      .locator("#mention-trainium")
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(mentionTop).toBeGreaterThanOrEqual(await headerBottom(page));
  });

  test("a shared section link opens at that section, not under the header", async ({ page }) => {
    await page.goto(`${ARTICLE}#trainium`);
    const heading = page.locator("h2#trainium");
    await expect(heading).toBeInViewport();
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(await headerBottom(page));
    expect(top).toBeLessThan(300);
  });

  test("on a wide screen the glossary sits beside the text and stays in view while it scrolls", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    const [text, glossary] = await Promise.all([
      page.locator(".article-body").boundingBox(),
      page.locator(".glossary").boundingBox(),
    ]);
    expect(glossary!.x).toBeGreaterThan(text!.x + text!.width);
    const heading = page.getByRole("heading", { name: "Glossary" });
    const before = await heading.boundingBox();
    await page.locator("h2#graviton-vs-vera").evaluate((element) => element.scrollIntoView());
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
    await expect(heading).toBeInViewport();
    expect((await heading.boundingBox())!.y).toBeLessThan(before!.y);
  });

  test("on a phone the glossary follows the article", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(ARTICLE);
    const [article, glossary] = await Promise.all([
      page.locator("article").boundingBox(),
      page.locator(".glossary").boundingBox(),
    ]);
    expect(glossary!.y).toBeGreaterThanOrEqual(article!.y + article!.height);
  });

  // 640 px is a 1280 px screen at 200 % zoom.
  for (const width of [320, 375, 640, 768, 1024, 1280, 1440]) {
    test(`never scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ["/", ARTICLE, "/glossary", "/no-such-page"]) {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBe(0);
      }
    });
  }

  for (const width of [1280, 1440]) {
    test(`body lines hold 60 to 75 characters at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE);
      // Characters per full line, averaged over every paragraph's lines but its last.
      const perLine = await page.locator(".article-body p").evaluateAll((paragraphs) => {
        let characters = 0;
        let lines = 0;
        for (const paragraph of paragraphs) {
          const range = document.createRange();
          range.selectNodeContents(paragraph);
          const tops = new Map<number, number>();
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.textContent!.length; i++) {
              const char = document.createRange();
              char.setStart(node, i);
              char.setEnd(node, i + 1);
              const rect = char.getClientRects()[0];
              if (!rect) continue;
              const top = Math.round(rect.top);
              tops.set(top, (tops.get(top) ?? 0) + 1);
            }
          }
          const full = [...tops.entries()].sort((a, b) => a[0] - b[0]).slice(0, -1);
          for (const [, count] of full) {
            characters += count;
            lines += 1;
          }
        }
        return characters / lines;
      });
      expect(perLine).toBeGreaterThanOrEqual(60);
      expect(perLine).toBeLessThanOrEqual(75);
    });
  }

  test("uses a serif face for the body and loads nothing from other hosts", async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    await page.goto(ARTICLE);
    await page.waitForLoadState("networkidle");
    const family = await page
      .locator(".article-body p")
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);
    expect(family).toMatch(/serif$/);
    expect(foreign).toEqual([]);
  });
});
