import { expect, test, type Page } from "@playwright/test";
import { ARTICLE, ARTICLE_SLUG, AUTHOR, DATE, SECTIONS, TITLE } from "../support/site";
import { selectText } from "../support/selection";

const headerBottom = (page: Page) =>
  page.locator(".site-header").evaluate((header) => header.getBoundingClientRect().bottom);

test.describe("section and paragraph links", () => {
  test("each section heading has a named link to itself, shown on hover and keyboard focus", async ({ page }) => {
    await page.goto(ARTICLE);
    const headings = page.locator(".article-body h2");
    const count = await headings.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      const id = await heading.getAttribute("id");
      const title = await heading.innerText();
      const link = page.getByRole("link", { name: `Link to section: ${title}` });
      await expect(link).toHaveAttribute("href", `#${id}`);
      await expect(link).not.toHaveAttribute("aria-hidden", /.*/);
    }
    const link = page.getByRole("link", { name: `Link to section: ${SECTIONS[0][1]}` });
    await expect(link).toHaveCSS("opacity", "0");
    await page.locator(`h2#${SECTIONS[0][0]}`).hover();
    await expect(link).toHaveCSS("opacity", "1");
    await page.mouse.move(0, 0);
    await link.focus();
    await expect(link).toHaveCSS("opacity", "1");
  });

  test("on a touch screen section links are always visible", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await expect(page.getByRole("link", { name: `Link to section: ${SECTIONS[0][1]}` })).toHaveCSS("opacity", "1");
    await context.close();
  });

  test("every body paragraph has a unique, readable id and a link to itself", async ({ page }) => {
    await page.goto(ARTICLE);
    const paragraphs = await page.locator(".article-body p[id]").evaluateAll((elements) =>
      elements.map((p) => ({
        id: p.id,
        href: p.querySelector("a.paragraph-link")?.getAttribute("href"),
        label: p.querySelector("a.paragraph-link")?.getAttribute("aria-label"),
      })),
    );
    expect(paragraphs).toHaveLength(9);
    expect(new Set(paragraphs.map((p) => p.id)).size).toBe(9);
    for (const paragraph of paragraphs) {
      expect(paragraph.id).toMatch(/^p-[a-z0-9-]+$/);
      expect(paragraph.href).toBe(`#${paragraph.id}`);
      expect(paragraph.label).toBe("Link to this paragraph");
    }
    expect(paragraphs[0].id).toBe("p-engineers-at-the-lab-spend-their");
  });

  test("a section link copies the section's absolute URL and says so", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(ARTICLE);
    await page.getByRole("link", { name: `Link to section: ${SECTIONS[3][1]}` }).click();
    await expect(page).toHaveURL(`${baseURL}${ARTICLE}#trainium`);
    await expect(page.getByRole("status")).toHaveText("Link to section copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ARTICLE}#trainium`);
  });

  test("a paragraph link copies the paragraph's URL", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(ARTICLE);
    const paragraph = page.locator(".article-body p[id]").nth(2);
    const id = await paragraph.getAttribute("id");
    await paragraph.hover();
    await paragraph.getByRole("link", { name: "Link to this paragraph" }).click();
    await expect(page.getByRole("status")).toHaveText("Link to paragraph copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ARTICLE}#${id}`);
  });

  test("when the clipboard is refused, the link is shown selected for copying by hand", async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
      });
    });
    await page.goto(ARTICLE);
    await page.getByRole("link", { name: `Link to section: ${SECTIONS[0][1]}` }).click();
    await expect(page.getByRole("status")).toHaveText("Copy this link to section:");
    const field = page.getByRole("textbox", { name: "Link to copy" });
    await expect(field).toHaveValue(`${baseURL}${ARTICLE}#the-visit`);
    await expect(field).toBeFocused();
    const selected = await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]);
    expect(selected).toEqual([0, `${baseURL}${ARTICLE}#the-visit`.length]);
  });

  test("where the system share sheet exists, it is offered with the link", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, "share", {
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto(ARTICLE);
    await page.getByRole("link", { name: `Link to section: ${SECTIONS[0][1]}` }).click();
    await page.getByRole("button", { name: "Share…" }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ url: `${baseURL}${ARTICLE}#the-visit`, title: TITLE }]);
  });
});

test.describe("arriving from a shared link", () => {
  test("a paragraph link lands with the paragraph below the header, marked", async ({ page }) => {
    await page.goto(ARTICLE);
    const id = await page.locator(".article-body p[id]").nth(6).getAttribute("id");
    await page.goto(`${ARTICLE}#${id}`);
    const paragraph = page.locator(`#${id}`);
    await expect(paragraph).toBeInViewport();
    const top = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(await headerBottom(page));
    expect(await paragraph.evaluate((element) => element.matches(":target"))).toBe(true);
    expect(await paragraph.evaluate((element) => getComputedStyle(element).animationName)).toBe("arrive");
  });

  test("readers who ask for less motion get a still mark", async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${ARTICLE}#graviton-vs-vera`);
    const heading = page.locator("h2#graviton-vs-vera");
    await expect(heading).toBeInViewport();
    expect(await heading.evaluate((element) => getComputedStyle(element).animationName)).toBe("none");
    expect(await heading.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    await context.close();
  });
});

test.describe("links to quotes", () => {
  test("selecting a sentence offers a text-fragment link that opens scrolled to it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(ARTICLE);
    const sentence =
      "Every new chip on the market adds another column to the spreadsheet that her small team keeps by hand";
    await selectText(page, sentence);
    await page.getByRole("button", { name: "Copy link to quote" }).click();
    await expect(page.getByRole("status")).toHaveText("Link to quote copied");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`${ARTICLE}#:~:text=Every%20new%20chip`);

    const reader = await context.newPage();
    await reader.setViewportSize({ width: 1280, height: 600 });
    await reader.goto(link);
    const paragraph = reader.locator(".article-body p", { hasText: "Every new chip on the market" });
    await expect(paragraph).toBeInViewport();
    expect(await reader.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  });

  test("a quote that also appears earlier gets context and still lands on the right one", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(ARTICLE);
    // "Nvidia" appears first in the Vera section; select its mention in the last paragraph.
    await selectText(page, "Nvidia and Intel");
    await page.getByRole("button", { name: "Copy link to quote" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#:~:text=Nvidia%20and%20Intel$/);

    await page.evaluate(() => getSelection()!.removeAllRanges());
    await expect(page.getByRole("button", { name: "Copy link to quote" })).toBeHidden();
    // The "AWS" in "(including AWS)", well after its first mentions.
    const occurrence = await page.locator(".article-body").evaluate((body) => {
      const text = body.textContent!;
      const at = text.indexOf("(including AWS)") + "(including ".length;
      return text.slice(0, at).split("AWS").length - 1;
    });
    expect(occurrence).toBeGreaterThan(3);
    await selectText(page, "AWS", occurrence);
    await page.getByRole("button", { name: "Copy link to quote" }).click();
    const repeated = await page.evaluate(() => navigator.clipboard.readText());
    expect(repeated).toMatch(/#:~:text=.+-,AWS/);

    const reader = await context.newPage();
    await reader.setViewportSize({ width: 1280, height: 500 });
    await reader.goto(repeated);
    const expected = await page.evaluate(() => {
      const range = getSelection()!.getRangeAt(0);
      return range.startContainer.parentElement!.closest("p")!.id;
    });
    await expect(reader.locator(`#${expected}`)).toBeInViewport();
  });

  test("a selection across sections falls back to the section link", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(ARTICLE);
    await page.evaluate(() => {
      const body = document.querySelector(".article-body")!;
      const paragraphs = body.querySelectorAll("p[id]");
      const range = document.createRange();
      range.setStart(paragraphs[0].firstChild!, 0);
      range.setEnd(paragraphs[3].firstChild!, 5);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.getByRole("button", { name: "Copy link to section" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ARTICLE}#the-visit`);
  });
});

test.describe("contents", () => {
  test("lists the sections and marks the one being read", async ({ page }) => {
    await page.goto(ARTICLE);
    const contents = page.getByRole("navigation", { name: "Contents" });
    const titles = await page.locator(".article-body h2").allInnerTexts();
    await expect(contents.getByRole("link")).toHaveText(titles);
    await page.locator("h2#trainium").evaluate((heading) => heading.scrollIntoView());
    await expect(contents.getByRole("link", { name: SECTIONS[3][1] })).toHaveAttribute("aria-current", "location");
    await expect(contents.locator("[aria-current]")).toHaveCount(1);

    // Back above the first heading, nothing is marked; at the very end, the last section is.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(contents.locator("[aria-current]")).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(contents.getByRole("link", { name: SECTIONS.at(-1)![1] })).toHaveAttribute("aria-current", "location");
    await expect(contents.locator("[aria-current]")).toHaveCount(1);
  });

  test("sits beside the text on wide screens and at the top of the article on phones", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(ARTICLE);
    const [wideToc, wideBody] = await Promise.all([
      page.locator(".toc").boundingBox(),
      page.locator(".article-body").boundingBox(),
    ]);
    expect(wideToc!.x + wideToc!.width).toBeLessThanOrEqual(wideBody!.x);

    await page.setViewportSize({ width: 320, height: 700 });
    const [toc, header, body] = await Promise.all([
      page.locator(".toc").boundingBox(),
      page.locator(".article-header").boundingBox(),
      page.locator(".article-body").boundingBox(),
    ]);
    expect(toc!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(toc!.y + toc!.height).toBeLessThanOrEqual(body!.y);
  });
});

test.describe("link previews", () => {
  test("the article has canonical, Open Graph and Twitter metadata", async ({ page, baseURL }) => {
    await page.goto(ARTICLE);
    const url = `${baseURL}${ARTICLE}`;
    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
    expect(await meta('meta[property="og:title"]')).toBe(TITLE);
    expect(await meta('meta[property="og:description"]')).toContain("why the CPU still matters");
    expect(await meta('meta[property="og:url"]')).toBe(url);
    expect(await meta('meta[property="og:type"]')).toBe("article");
    expect(await meta('meta[property="article:published_time"]')).toBe(DATE.iso);
    expect(await meta('meta[property="article:author"]')).toBe(AUTHOR);
    expect(await meta('meta[property="og:image"]')).toBe(`${baseURL}/og/${ARTICLE_SLUG}.png`);
    expect(await meta('meta[property="og:image:width"]')).toBe("1200");
    expect(await meta('meta[property="og:image:height"]')).toBe("630");
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await meta('meta[name="twitter:title"]')).toBe(TITLE);
    expect(await meta('meta[name="twitter:image"]')).toBe(`${baseURL}/og/${ARTICLE_SLUG}.png`);
  });

  test("the article has NewsArticle structured data", async ({ page, baseURL }) => {
    await page.goto(ARTICLE);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: TITLE,
      datePublished: DATE.iso,
      url: `${baseURL}${ARTICLE}`,
      image: [`${baseURL}/og/${ARTICLE_SLUG}.png`],
      author: [{ "@type": "Organization", name: AUTHOR }],
      publisher: { "@type": "Organization", name: "Gloss" },
      isBasedOn: {
        "@type": "NewsArticle",
        headline: "A week inside the chip lab",
        author: { "@type": "Person", name: "Ada Reporter" },
        publisher: { "@type": "Organization", name: "Fixture Times" },
        datePublished: "2026-05-10",
        url: "https://example.org/fixture-times/chip-lab-week",
      },
    });
  });

  test("the Open Graph image is a 1200×630 PNG", async ({ request }) => {
    const response = await request.get(`/og/${ARTICLE_SLUG}.png`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect((await request.get("/og/no-such-article.png")).status()).toBe(404);
  });
});
