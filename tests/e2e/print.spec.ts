import { expect, test, type Page } from "@playwright/test";
import { flat, printPages, unmarked } from "../support/print";
import { ARTICLE, BASED_ON, BIO, BYLINE, DATE, TITLE } from "../support/site";

interface GlossaryText {
  term: string;
  short: string;
  explanation: string;
}

/** Asserts that `text` holds `part`, naming only the part when it does not. */
const expectIn = (text: string, part: string, what = part) =>
  expect(text.includes(part), `missing: ${what}`).toBe(true);

async function glossaryOf(page: Page): Promise<GlossaryText[]> {
  return page.locator(".glossary-entry").evaluateAll((entries) =>
    entries.map((entry) => ({
      term: entry.querySelector(".glossary-term")!.textContent!,
      short: entry.querySelector(".glossary-short")!.textContent!,
      explanation: (entry.querySelector(".glossary-explanation") as HTMLElement).innerText,
    })),
  );
}

/** Everything a clean printed copy must show, and nothing of the site around it. */
async function expectCleanCopy(page: Page, pages: string[], baseURL: string) {
  const all = flat(pages.join(" "));
  // Every paragraph of the body as the screen shows it; a glossary term carries a "*" mark on paper.
  const paragraphs = await page.locator(".article-body p[id]").allInnerTexts();
  expect(paragraphs.length).toBeGreaterThan(5);
  for (const paragraph of paragraphs) expectIn(flat(unmarked(all)), flat(paragraph), paragraph.slice(0, 40));
  expectIn(all, flat(TITLE));
  expectIn(all, BYLINE);
  // The credit, with the address of the report it links to written out (wrapped anywhere, as addresses are).
  const [credit, day] = BASED_ON.text.split(", 10 May");
  expectIn(all, flat(`${credit} (`));
  expectIn(all.replace(/ /g, ""), flat(`${BASED_ON.url}), 10 May${day}`).replace(/ /g, ""));
  expectIn(all, DATE.shown);
  expectIn(all, flat(`${baseURL}${ARTICLE}`));
  expectIn(all, flat(BIO));
  expectIn(all, "Glossary The terms marked * in the text");
  expectIn(all, "AWS Graviton* servers");

  const glossary = await glossaryOf(page);
  expect(glossary.length).toBeGreaterThan(8);
  for (const entry of glossary) {
    const heading = flat(`${entry.term} ${entry.short}`);
    expectIn(all, heading, `${entry.term} and its definition`);
    expectIn(all, flat(entry.explanation), `${entry.term}'s explanation`);
    // One entry never splits across pages: its term and its last words are on the same page.
    const termPage = pages.findIndex((text) => flat(text).includes(heading));
    const lastWords = flat(entry.explanation).split(" ").slice(-6).join(" ");
    expect(flat(pages[termPage]).includes(lastWords), `${entry.term} is split across pages`).toBe(true);
  }

  for (const chrome of [
    "Skip to content",
    "Copy link",
    "Print",
    "Contents",
    "Back to the text",
    "Link to section",
    "Link to this paragraph",
    "Share",
    "Articles",
    "with every term explained",
    "#glossary",
  ]) {
    expect(all.includes(flat(chrome)), `"${chrome}" is site chrome`).toBe(false);
  }

  // No heading alone at the foot of a page, and no blank last page.
  const headings = [
    ...(await page.locator(".article-body h2, .article-footer h2, .glossary h2, .chips-title").allTextContents()),
    "The terms marked * in the text, in the order they appear.",
    ...glossary.map((entry) => entry.term),
  ];
  for (const [index, text] of pages.slice(0, -1).entries()) {
    const lastLine = text.trim().split("\n").at(-1)!.trim();
    expect(headings, `page ${index + 1} ends with a heading`).not.toContain(lastLine);
  }
  expect(pages.at(-1)!.trim().length, "the last page is all but blank").toBeGreaterThan(20);
}

for (const format of ["A4", "Letter"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`prints a clean copy with the glossary as endnotes on ${format} from a ${colorScheme} screen`, async ({
      page,
      baseURL,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(ARTICLE);
      const pages = await printPages(page, format);
      await expectCleanCopy(page, pages, baseURL!);
    });
  }
}

test("with JavaScript off the browser's own Print gives the same copy", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  const pages = await printPages(page, "A4");
  await expectCleanCopy(page, pages, baseURL!);
  await context.close();
});

test("on paper: black serif text on white, whatever the screen theme", async ({ page }) => {
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await page.goto(ARTICLE);
  const style = await page
    .locator(".article-body p")
    .first()
    .evaluate((p) => {
      const computed = getComputedStyle(p);
      return {
        color: computed.color,
        background: getComputedStyle(document.body).backgroundColor,
        font: computed.fontFamily,
        size: computed.fontSize,
      };
    });
  expect(style.color).toBe("rgb(0, 0, 0)");
  expect(style.background).toBe("rgb(255, 255, 255)");
  expect(style.font).toMatch(/serif$/);
  // 10.5 pt
  expect(style.size).toBe("14px");
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".toc")).toBeHidden();
});

test("a term focused from the keyboard prints as text: no focus ring, no card", async ({ page }) => {
  await page.goto(ARTICLE);
  const term = page.locator(".article-body a.term[href]").first();
  await term.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(term).toBeFocused();
  const outline = () => term.evaluate((link) => getComputedStyle(link).outlineStyle);
  await expect(page.locator(".term-card")).toBeVisible();
  expect(await outline()).toBe("solid");
  await page.emulateMedia({ media: "print" });
  expect(await outline()).toBe("none");
  await expect(page.locator(".term-card")).toBeHidden();
});

test("external links print their address; in-page links print none", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.evaluate(() => {
    const link = document.createElement("a");
    link.href = "https://example.org/original-report";
    link.textContent = "the original report";
    document.querySelector(".article-body p")!.append(" See ", link, ".");
  });
  const all = flat((await printPages(page, "A4")).join(" "));
  expectIn(all, flat("See the original report (https://example.org/original-report)."));
  expect(all).not.toContain("#glossary");
  expect(all).not.toContain("#p");
});

test("the Print button opens the browser's print dialog", async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(window, { printed: 0 });
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto(ARTICLE);
  await page.getByRole("group", { name: "Article tools" }).getByRole("button", { name: "Print" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("the Copy link button copies the article's address", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(ARTICLE);
  await page.getByRole("button", { name: "Copy link", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Link to article copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ARTICLE}`);
});

test("print rules are a stylesheet of their own, for print only: the screen's styles and first paint carry none", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const sheets = await page.evaluate(() =>
    [...document.styleSheets].map((sheet) => ({
      media: sheet.media.mediaText,
      href: sheet.href,
      printRules: [...sheet.cssRules].filter((rule) => rule instanceof CSSMediaRule && rule.conditionText === "print")
        .length,
    })),
  );
  const print = sheets.filter((sheet) => sheet.media === "print");
  expect(print).toHaveLength(1);
  expect(print[0].printRules).toBeGreaterThan(0);
  expect(sheets.filter((sheet) => sheet.media !== "print").every((sheet) => sheet.printRules === 0)).toBe(true);
});
