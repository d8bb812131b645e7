import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import { normalize } from "../support/text";
import { ARTICLE, AUTHOR, TITLE } from "../support/site";
const PAGES = ["/", ARTICLE, "/glossary", "/no-such-page"];
const THEMES = ["light", "dark", "sepia"] as const;

test.describe("axe: no WCAG 2.1 A or AA violations", () => {
  for (const path of PAGES) {
    for (const width of [320, 1280]) {
      for (const theme of THEMES) {
        test(`${path} at ${width} px in the ${theme} theme`, async ({ page }) => {
          await page.addInitScript(
            (theme) => localStorage.setItem("gloss:preferences", JSON.stringify({ theme })),
            theme,
          );
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
          const results = await new AxeBuilder({ page })
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
            .analyze();
          const violations = results.violations.map((violation) => ({
            rule: violation.id,
            nodes: violation.nodes.map((node) => node.target.join(" ")),
          }));
          expect(violations).toEqual([]);
        });
      }
    }
  }

  test("an open term card, the display menu and a share notice pass too", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(ARTICLE);
    await page.locator(".article-body a.term").first().focus();
    await expect(page.locator(".term-card")).toBeVisible();
    await page.getByRole("button", { name: "Copy link", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Link to article copied");
    await page.getByRole("button", { name: "Display" }).click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

test.describe("keyboard", () => {
  test("every focusable control shows where focus is", async ({ page }) => {
    await page.goto(ARTICLE);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          name: `${element.tagName} ${element.textContent?.trim().slice(0, 30)} ${element.getAttribute("aria-label") ?? ""}`,
          outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
          visible: element.getBoundingClientRect().width > 0 && getComputedStyle(element).opacity !== "0",
        };
      });
      seen.add(focus.name);
      expect(focus.outline, `${focus.name} has no visible focus`).toBe(true);
      expect(focus.visible, `${focus.name} is focused but invisible`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(20);
  });
});

test.describe("Readability", () => {
  test("extracts the title, byline and the whole body, and none of the site around it", async ({ request }) => {
    const html = await (await request.get(ARTICLE)).text();
    const dom = new JSDOM(html, { url: `http://localhost${ARTICLE}` });
    // Readability rewrites the document it reads: take the body's paragraphs first.
    const paragraphs = Array.from(dom.window.document.querySelectorAll(".article-body p[id]"), (p) =>
      normalize(p.textContent ?? ""),
    );
    expect(paragraphs.length).toBeGreaterThan(5);
    const parsed = new Readability(dom.window.document).parse();
    expect(parsed).not.toBeNull();
    expect(parsed!.title).toBe(TITLE);
    expect(parsed!.byline).toContain(AUTHOR);
    const text = normalize(parsed!.textContent ?? "");
    const missing = paragraphs.filter((p) => !text.includes(p));
    expect(missing).toEqual([]);
    for (const chrome of [
      "Skip to content",
      "Display",
      "Copy link",
      "Listen",
      "Print",
      "Articles",
      "with every term explained",
      "Back to the text",
      "Every term in the glossary",
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
  });
});
