import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ARTICLE, ARTICLE_SLUG, SECTIONS } from "../support/site";
import { OPEN_DELAY_MS } from "../../lib/glossary/card";

const OTHER_ARTICLE = "/articles/a-week-of-price-cuts";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const cpuMentions = (page: Page) => page.locator('.article-body a.term[data-term="cpu"]');
const cpuLinks = (page: Page) => page.locator('.article-body a.term[data-term="cpu"][href]');
/** The page's scripts run once the display menu shows. */
const hydrated = (page: Page) => expect(page.getByRole("button", { name: "Display" })).toBeVisible();

/**
 * Hydrated, and three of the page's frames later: what the page's scripts do on load (their effects,
 * and what those schedule for the next frame) is done and shown by then.
 */
async function settled(page: Page) {
  await hydrated(page);
  await page.evaluate(async () => {
    for (let frame = 0; frame < 3; frame++) await new Promise((done) => requestAnimationFrame(done));
    await new Promise((done) => setTimeout(done));
  });
}
const glossary = (page: Page) => page.getByRole("complementary", { name: "Glossary" });

/** Scrolls the article to its end and waits until it is saved as read. */
async function readToTheEnd(page: Page, slug: string) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect
    .poll(() => page.evaluate((slug) => JSON.parse(localStorage.getItem("gloss:reading") ?? "{}")[slug]?.read, slug))
    .toBe(true);
}

test.describe("terms I know", () => {
  test("CPU marked known is plain text in every article, folded in the sidebar, printed, and can be taken back", async ({
    page,
    context,
  }) => {
    await page.goto(ARTICLE);
    const mentions = await cpuMentions(page).count();
    expect(mentions).toBeGreaterThan(1);
    await expect(cpuLinks(page)).toHaveCount(mentions);
    const know = glossary(page).getByRole("button", { name: "I know this: CPU" });
    await know.click();

    await expect(cpuLinks(page)).toHaveCount(0);
    await expect(cpuMentions(page)).toHaveCount(mentions);
    // Nothing in the text leads to the folded entry: the chips table's CPU goes to the term's page.
    await expect(page.locator('.article-body a[href="#glossary-cpu"]')).toHaveCount(0);
    await expect(page.locator(".article-body table").getByRole("link", { name: "CPU", exact: true })).toHaveAttribute(
      "href",
      "/glossary/cpu",
    );
    await expect(page.locator("#glossary-cpu")).toBeHidden();
    const fold = glossary(page).locator(".known-terms summary");
    await expect(fold).toHaveText("Terms you know (1)");
    await expect(fold).toBeFocused();
    await expectNoAxeViolations(page);

    // After a reload, and in a new tab on another article that uses the term.
    await page.reload();
    await expect(cpuLinks(page)).toHaveCount(0);
    await expect(fold).toHaveText("Terms you know (1)");
    const other = await context.newPage();
    await other.goto(OTHER_ARTICLE);
    await expect(cpuMentions(other).first()).toBeAttached();
    await expect(cpuLinks(other)).toHaveCount(0);
    await expect(other.locator("#glossary-cpu")).toBeHidden();
    await expect(other.locator('.article-body a.term[href]:not([data-term="cpu"])').first()).toBeAttached();

    // Paper always has every entry.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#glossary-cpu")).toBeVisible();
    await expect(page.locator(".known-terms")).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    // Taken back from the fold: linked again, here and in the other tab.
    await fold.click();
    await glossary(page).getByRole("button", { name: "Explain again: CPU" }).click();
    await expect(cpuLinks(page)).toHaveCount(mentions);
    await expect(page.locator("#glossary-cpu")).toBeVisible();
    await expect(page.locator("#glossary-cpu").getByRole("button", { name: "I know this: CPU" })).toBeFocused();
    await expect(page.locator(".known-terms")).toBeHidden();
    await expect(cpuLinks(other)).toHaveCount(await cpuMentions(other).count());
  });

  test("known terms apply before the first paint: nothing moves when the page's scripts arrive", async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem("gloss:known-terms", JSON.stringify(["cpu", "gpu"]));
      // Every layout shift from the start of the page's life, by the browser's own account.
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEntry[] & { value: number }[]) {
          (window as unknown as { shifts: number[] }).shifts.push((entry as unknown as { value: number }).value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE);
      await expect(cpuLinks(page)).toHaveCount(0);
      await expect(glossary(page).locator(".known-terms summary")).toHaveText("Terms you know (2)");
      await settled(page);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(
        shifts.reduce((sum, value) => sum + value, 0),
        `layout shift at ${width} px`,
      ).toBeLessThan(0.01);
    }
  });

  test("the glossary, a term's page and a term's card each mark a term known", async ({ page }) => {
    await page.goto("/glossary");
    const toggle = page.getByRole("button", { name: "I know this: AWS Trainium" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expectNoAxeViolations(page);

    await page.goto("/glossary/trainium");
    const onPage = page.getByRole("button", { name: "I know this: AWS Trainium" });
    await expect(onPage).toHaveAttribute("aria-pressed", "true");
    await page.goto(ARTICLE);
    await expect(page.locator('.article-body a.term[data-term="trainium"][href]')).toHaveCount(0);
    await page.goto("/glossary/trainium");
    await onPage.click();
    await expect(onPage).toHaveAttribute("aria-pressed", "false");

    await page.goto(ARTICLE);
    await expect(page.locator('.article-body a.term[data-term="trainium"][href]').first()).toBeAttached();
    const gpu = page.locator('.article-body a.term[data-term="gpu"]').first();
    await gpu.focus();
    const card = page.locator(".term-card");
    await expect(card).toBeVisible();
    await card.getByRole("button", { name: "I know this" }).click();
    await expect(card).toBeHidden();
    await expect(page.locator('.article-body a.term[data-term="gpu"][href]')).toHaveCount(0);
    await expect(page.locator(".article-body p:focus")).toContainText(/GPU/);
  });

  test("every page a link or Back shows, each loaded as a document, shows the terms known", async ({ page }) => {
    await page.goto(ARTICLE);
    await hydrated(page);
    await glossary(page).getByRole("button", { name: "I know this: CPU" }).click();
    await expect(cpuLinks(page)).toHaveCount(0);
    await page.goto("/glossary/gpu");
    await hydrated(page);
    // A mark on this document: gone when a link loads the next page as a document of its own.
    await page.evaluate(() => document.documentElement.setAttribute("data-this-document", ""));
    await page.locator(".term-related").getByRole("link", { name: "CPU", exact: true }).click();
    await expect(page).toHaveURL(/\/glossary\/cpu$/);
    const known = page.getByRole("button", { name: "I know this: CPU" });
    await expect(known).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).not.toHaveAttribute("data-this-document");
    await page.goBack();
    await expect(page).toHaveURL(/\/glossary\/gpu$/);
    await page.goForward();
    await expect(known).toHaveAttribute("aria-pressed", "true");
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(cpuMentions(page).first()).toBeAttached();
    await expect(cpuLinks(page)).toHaveCount(0);
  });

  test("“Explain terms: none” removes every term link and card; “all” explains the known ones too", async ({
    page,
  }) => {
    await page.addInitScript(() => localStorage.setItem("gloss:known-terms", JSON.stringify(["cpu"])));
    await page.clock.install();
    await page.goto(ARTICLE);
    const links = page.locator(".article-body a.term[href]");
    const terms = await page.locator(".article-body a.term").count();
    await expect(links).toHaveCount(terms - (await cpuMentions(page).count()));

    await page.getByRole("button", { name: "Display" }).click();
    const explain = page.getByRole("group", { name: "Explain terms" });
    await explain.getByRole("radio", { name: "None" }).check();
    await expect(links).toHaveCount(0);
    // Resting on a term that is no longer a link opens nothing, however long the rest.
    await page.locator(".article-body a.term").first().hover();
    await page.clock.runFor(OPEN_DELAY_MS * 3);
    await expect(page.locator(".term-card")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-explain", "none");
    await expect(links).toHaveCount(0);
    await expect(page.locator(".article-body a.term").first()).toHaveCSS("text-decoration-line", "none");

    await page.getByRole("button", { name: "Display" }).click();
    await explain.getByRole("radio", { name: "All" }).check();
    await expect(links).toHaveCount(terms);
    await expect(page.locator("#glossary-cpu")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("where I left off", () => {
  const [fourth, fourthTitle] = SECTIONS[3];

  test("scrolled to the fourth section, a reload at another width continues there", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    await hydrated(page);
    await page.evaluate((id) => {
      const heading = document.getElementById(id)!;
      window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 100);
    }, fourth);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("gloss:reading") ?? "{}")))
      .toHaveProperty(ARTICLE_SLUG);

    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(ARTICLE);
    const offer = page.getByRole("region", { name: "Where you left off" });
    await expect(offer).toContainText(fourthTitle);
    await expectNoAxeViolations(page);
    await offer.getByRole("button", { name: /Continue where you left off/ }).click();
    await expect(offer).toBeHidden();
    const focused = page.locator(":focus");
    await expect(focused).toBeInViewport();
    const section = await focused.evaluate((element) => {
      const headings = [...document.querySelectorAll(".article-body h2[id]")];
      return headings.filter((h) => h === element || h.compareDocumentPosition(element) & 4).pop()?.id;
    });
    expect(section).toBe(fourth);
  });

  test("the home page marks articles read and partly read, and “Forget my reading” clears it", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const mark = (slug: string) =>
      page
        .locator(`.article-list li[data-slug="${slug}"] .meta`)
        .evaluate((meta) => getComputedStyle(meta, "::after").content);
    await page.goto(ARTICLE);
    await hydrated(page);
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    // Left at once: the place is saved as the page goes.
    await page.goto(OTHER_ARTICLE);
    await hydrated(page);
    await readToTheEnd(page, "a-week-of-price-cuts");
    await page.goto("/");
    expect(await mark(ARTICLE_SLUG)).toBe('" · Partly read"');
    expect(await mark("a-week-of-price-cuts")).toBe('" · Read"');
    expect(await mark("cloud-bills-explained")).toBe("none");

    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("button", { name: "Forget my reading" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Forgotten" })).toBeVisible();
    expect(await mark(ARTICLE_SLUG)).toBe("none");
    await page.reload();
    expect(await mark("a-week-of-price-cuts")).toBe("none");
    await page.goto(ARTICLE);
    await settled(page);
    await expect(page.getByRole("region", { name: "Where you left off" })).toHaveCount(0);
  });

  test("an article read to its end is marked read on the home page reached by the header's link", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(OTHER_ARTICLE);
    await hydrated(page);
    await readToTheEnd(page, "a-week-of-price-cuts");
    await page.locator(".site-header").getByRole("link", { name: "Articles", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
    await expect
      .poll(() =>
        page
          .locator('.article-list li[data-slug="a-week-of-price-cuts"] .meta')
          .evaluate((meta) => getComputedStyle(meta, "::after").content),
      )
      .toBe('" · Read"');
  });

  test("a link to a place wins over the offer, and nothing is offered at the top", async ({ page }) => {
    await page.goto(ARTICLE);
    await hydrated(page);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), SECTIONS[4][0]);
    await expect.poll(() => page.evaluate(() => localStorage.getItem("gloss:reading") ?? "")).toContain(ARTICLE_SLUG);
    // Opened without a link to a place, it offers to continue; opened with one, it does not.
    await page.goto(ARTICLE);
    await expect(page.getByRole("region", { name: "Where you left off" })).toBeVisible();
    await page.goto("/");
    await page.goto(`${ARTICLE}#${SECTIONS[1][0]}`);
    await settled(page);
    await expect(page.getByRole("region", { name: "Where you left off" })).toHaveCount(0);
  });
});
