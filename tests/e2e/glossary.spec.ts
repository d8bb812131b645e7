import { expect, test, type Locator, type Page } from "@playwright/test";
import { awayAndBack } from "../support/navigation";
import { pageData } from "../support/page-data";
import { ARTICLE, SECTIONS } from "../support/site";
import { CARD_EDGE, CARD_GAP, CLOSE_DELAY_MS, OPEN_DELAY_MS } from "../../lib/glossary/card";

const term = (page: Page, id: string) => page.locator(`.article-body a.term[data-term="${id}"]`).first();
const card = (page: Page) => page.locator(".term-card");

/** Stops the page's clock once it has started (hydrated), so the test moves time itself. */
async function stopClock(page: Page) {
  await expect(page.getByRole("group", { name: "Article tools" })).toBeVisible();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not rendered");
  return found;
}

test.describe("term cards", () => {
  test("the mouse opens a card after a short rest, keeps it while on term or card, and closes it after a grace period", async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto(ARTICLE);
    await stopClock(page);
    const trainium = term(page, "trainium");
    await trainium.scrollIntoViewIfNeeded();
    const target = await box(trainium);
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2);
    // Not at once: the pointer must rest first.
    await page.clock.runFor(OPEN_DELAY_MS - 50);
    await expect(card(page)).toBeHidden();
    await page.clock.runFor(100);
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toHaveAccessibleName("AWS Trainium");
    await expect(card(page)).toContainText("Amazon's own chip for training and running AI models.");
    await expect(card(page).getByRole("link", { name: "More about AWS Trainium" })).toHaveAttribute(
      "href",
      "/glossary/trainium",
    );

    // Onto the card: it stays.
    await card(page).hover();
    await page.clock.runFor(CLOSE_DELAY_MS * 3);
    await expect(card(page)).toBeVisible();

    // Away from both: it stays for the grace period, then goes.
    await page.mouse.move(5, 300);
    await page.clock.runFor(CLOSE_DELAY_MS - 50);
    await expect(card(page)).toBeVisible();
    await page.clock.runFor(100);
    await expect(card(page)).toBeHidden();
  });

  test("passing over a term without resting opens nothing", async ({ page }) => {
    await page.clock.install();
    await page.goto(ARTICLE);
    await stopClock(page);
    await term(page, "gpu").hover();
    await page.mouse.move(5, 5);
    await page.clock.runFor(OPEN_DELAY_MS * 3);
    await expect(card(page)).toBeHidden();
  });

  test("keyboard focus opens the card at once; Escape closes it and focus stays on the term", async ({ page }) => {
    await page.goto(ARTICLE);
    const vera = term(page, "vera");
    await vera.focus();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toHaveAccessibleName("Nvidia Vera");
    await page.keyboard.press("Escape");
    await expect(card(page)).toBeHidden();
    await expect(vera).toBeFocused();
    // Tab on to the next term: its card replaces this one.
    await page.keyboard.press("Tab");
    await expect(card(page)).toBeVisible();
    await expect(card(page)).not.toHaveAccessibleName("Nvidia Vera");
  });

  test("screen readers hear the definition with the term", async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(term(page, "gpu")).toHaveAccessibleDescription(
      "A processor with many small cores that do many sums at once.",
    );
  });

  test("a tap opens the card without leaving the sentence; a tap elsewhere or the close button closes it", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const gpu = term(page, "gpu");
    await gpu.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await gpu.tap();
    await expect(card(page)).toBeVisible();
    await expect(page).toHaveURL(`${baseURL}${ARTICLE}`);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    await page.locator("h1").tap();
    await expect(card(page)).toBeHidden();

    await gpu.tap();
    await expect(card(page)).toBeVisible();
    await card(page).getByRole("button", { name: "Close" }).tap();
    await expect(card(page)).toBeHidden();
    await context.close();
  });

  for (const width of [320, 1440]) {
    test(`the card opens against its term, inside a ${width} px viewport, near every edge, and moves nothing`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(ARTICLE);
      const links = page.locator(".article-body a.term");
      const count = await links.count();
      const after = page.locator(".article-body p[id]").last();
      for (let i = 0; i < count; i += 3) {
        const link = links.nth(i);
        await link.scrollIntoViewIfNeeded();
        const before = await box(after);
        await link.focus();
        await expect(card(page)).toBeVisible();
        const shown = await box(card(page));
        expect(shown.x).toBeGreaterThanOrEqual(0);
        expect(shown.x + shown.width).toBeLessThanOrEqual(width);
        expect(shown.y).toBeGreaterThanOrEqual(0);
        expect(shown.y + shown.height).toBeLessThanOrEqual(700);
        // Just below the term (or just above it), lined up with its start unless an edge is nearer.
        const anchor = await box(link);
        const above = (await card(page).getAttribute("data-placement")) === "above";
        const gap = above ? anchor.y - (shown.y + shown.height) : shown.y - (anchor.y + anchor.height);
        expect(gap).toBeCloseTo(CARD_GAP, 0);
        const start = Math.min(Math.max(anchor.x, CARD_EDGE), width - CARD_EDGE - shown.width);
        expect(shown.x).toBeCloseTo(start, 0);
        expect(await box(after)).toEqual(before);
        await page.keyboard.press("Escape");
      }
    });
  }

  test("near the bottom of the screen the card opens above the term", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(ARTICLE);
    const intel = term(page, "intel");
    await intel.evaluate((link) => window.scrollBy(0, link.getBoundingClientRect().top - (window.innerHeight - 40)));
    await intel.focus();
    await expect(card(page)).toHaveAttribute("data-placement", "above");
    expect((await box(card(page))).y + (await box(card(page))).height).toBeLessThanOrEqual((await box(intel)).y);
  });

  test("readers who ask for less motion get no animation", async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await term(page, "cpu").focus();
    await expect(card(page)).toBeVisible();
    expect(await card(page).evaluate((element) => getComputedStyle(element).animationName)).toBe("none");
    await context.close();
  });
});

test.describe("the sidebar glossary", () => {
  test("each entry links back to every section that mentions the term", async ({ page }) => {
    await page.goto(ARTICLE);
    const mentions = page.locator("#glossary-gpu .glossary-mentions");
    await expect(mentions.getByRole("link")).toHaveText([SECTIONS[0][1], SECTIONS[1][1], SECTIONS[3][1]]);
    await mentions.getByRole("link", { name: SECTIONS[3][1] }).click();
    await expect(page.locator("h2#trainium")).toBeInViewport();
  });

  test("marks the entries of the terms in the section being read", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator("h2#trainium").evaluate((heading) => heading.scrollIntoView());
    await expect(page.locator("#glossary-trainium")).toHaveAttribute("data-in-section", "");
    await expect(page.locator("#glossary-inference")).toHaveAttribute("data-in-section", "");
    await expect(page.locator("#glossary-intel")).not.toHaveAttribute("data-in-section", /.*/);
  });

  test("shows each term's short explanation, and links to the term's own page", async ({ page }) => {
    await page.goto(ARTICLE);
    const entry = page.locator("#glossary-trainium");
    await expect(entry.locator(".glossary-explanation p")).toHaveCount(1);
    await entry.getByRole("link", { name: "More about AWS Trainium" }).click();
    await expect(page).toHaveURL("/glossary/trainium");
    await expect(page.locator("h1")).toHaveText("AWS Trainium");
    await expect(page.locator(".term-explanation p")).toHaveCount(2);
  });

  test("links to the whole glossary, as the site header does", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.getByRole("link", { name: "Every term in the glossary" }).click();
    await expect(page).toHaveURL(/\/glossary$/);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Glossary" }).click();
    await expect(page.locator("h1")).toHaveText("Glossary");
  });
});

test.describe("the glossary page", () => {
  test("lists every term A to Z with its definition, how many articles use it, and its page", async ({ page }) => {
    await page.goto("/glossary");
    const names = await page.locator(".term-entry h3").allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const trainium = page.locator("#trainium");
    await expect(trainium.locator("h3")).toHaveText("AWS Trainium");
    await expect(trainium.locator(".term-entry-short")).toHaveText(
      "Amazon's own chip for training and running AI models.",
    );
    await expect(trainium.locator(".term-entry-meta")).toHaveText("2 articles");
    await trainium.getByRole("link", { name: "AWS Trainium" }).click();
    await expect(page).toHaveURL("/glossary/trainium");
  });

  test("its entries and the chips table are in the HTML once, and still there after a visit elsewhere", async ({
    page,
    request,
  }) => {
    const html = await (await request.get("/glossary")).text();
    const data = pageData(html);
    expect(data).toContain("Terms by letter");
    for (const words of ["The main processor that runs", "Running programs and coordinating work"]) {
      expect(html.split(words)).toHaveLength(2);
      expect(data).not.toContain(words);
    }

    await page.goto("/glossary");
    const entries = await page.locator(".term-entry").count();
    expect(entries).toBeGreaterThanOrEqual(10);
    await expect(page.getByRole("button", { name: "Display" })).toBeVisible();
    await awayAndBack(page, /\/glossary$/);
    await expect(page.locator(".term-entry")).toHaveCount(entries);
    await expect(page.locator(".chips table")).toBeVisible();
  });

  test("/glossary#vera lands on Vera, below the header", async ({ page }) => {
    await page.goto("/glossary#vera");
    const vera = page.locator("#vera");
    await expect(vera).toBeInViewport();
    await expect(vera.locator("h3")).toHaveText("Nvidia Vera");
    const top = await vera.evaluate((element) => element.getBoundingClientRect().top);
    const header = await page.locator(".site-header").evaluate((element) => element.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(header);
  });
});

test.describe("chips at a glance", () => {
  for (const [where, path] of [
    ["the article", ARTICLE],
    ["the glossary page", "/glossary"],
  ] as const) {
    test(`is a real table with a row for each chip, in ${where}`, async ({ page }) => {
      await page.goto(path);
      const table = page.getByRole("table", { name: /Chips at a glance/ });
      await expect(table).toBeVisible();
      await expect(table.getByRole("columnheader")).toHaveText([
        "Chip",
        "Made by",
        "Kind of chip",
        "Instruction set",
        "Used for",
        "How it is sold",
      ]);
      await expect(table.getByRole("rowheader")).toHaveText([
        "CPU",
        "GPU",
        "AWS Graviton",
        "AWS Trainium",
        "Nvidia Vera",
      ]);
      const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
      await expect(row("AWS Graviton").getByRole("cell")).toHaveText([
        "Amazon",
        "CPU",
        "Arm",
        "General work in the AWS cloud",
        "Rented through AWS",
      ]);
      await expect(row("AWS Trainium").getByRole("cell").nth(1)).toHaveText("AI accelerator (not a GPU)");
      await expect(row("Nvidia Vera").getByRole("cell").nth(4)).toContainText("Sold by Nvidia");
    });
  }

  test("sits in the article right after the section that compares the chips", async ({ page }) => {
    await page.goto(ARTICLE);
    const [vera, table, next] = await Promise.all([
      page.locator("h2#graviton-vs-vera").boundingBox(),
      page.locator(".article-body .chips").boundingBox(),
      page.locator("h2#next").boundingBox(),
    ]);
    expect(table!.y).toBeGreaterThan(vera!.y);
    expect(table!.y + table!.height).toBeLessThan(next!.y);
  });

  test("is readable on a phone: each chip a card, labels beside values", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto("/glossary");
    const cell = page.getByRole("table").getByRole("cell").first();
    const label = await cell.evaluate((element) => getComputedStyle(element, "::before").content);
    expect(label).toBe('"Made by: "');
    const tableBox = await page.getByRole("table").boundingBox();
    expect(tableBox!.width).toBeLessThanOrEqual(320);
    // What a screen reader is given: Chromium's own accessibility tree, not the DOM's roles.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: {
        nodeId: string;
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        childIds?: string[];
      }[];
    };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const table = nodes.find((node) => node.role?.value === "table" && node.name?.value.includes("Chips at a glance"));
    expect(table, "a table in the accessibility tree").toBeDefined();
    const roles: string[] = [];
    const walk = (id: string) => {
      const node = byId.get(id);
      if (!node) return;
      if (!node.ignored && node.role) roles.push(node.role.value);
      node.childIds?.forEach(walk);
    };
    walk(table!.nodeId);
    const count = (role: string) => roles.filter((value) => value === role).length;
    expect([count("row"), count("columnheader"), count("rowheader"), count("cell")]).toEqual([6, 6, 5, 25]);
  });
});
