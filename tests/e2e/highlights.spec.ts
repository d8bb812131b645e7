import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ARTICLE, ARTICLE_SLUG, TITLE } from "../support/site";
import { painted } from "../support/painted";
import { selectText } from "../support/selection";
import { printPages, flat } from "../support/print";

const KEY = "gloss:highlights";
/** Words of the fixture article's second paragraph, and of its fourth. */
const WORDS = "measure every step of a job";
const OTHER = "fetch documents, check permissions";
const PARAGRAPH = "p-the-labs-director-explained-the-plan";
/** Another article of the fixture site. */
const HOSTILE_SLUG = "a-week-of-price-cuts";

const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "[]") as Record<string, unknown>[], KEY);

/** Highlights `text` of the article through the offer beside the selection. */
async function highlight(page: Page, text: string) {
  await selectText(page, text);
  await page.locator(".quote-offer").getByRole("button", { name: "Highlight" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Highlighted" })).toBeVisible();
}

/** Selects `text` and presses N once the offer beside it shows the keys; returns the note's dialog. */
async function noteOn(page: Page, text: string) {
  await selectText(page, text);
  // Pressed once the offer beside the selection shows the keys (the page's scripts are listening).
  await expect(page.locator(".quote-offer")).toBeVisible();
  await page.keyboard.press("n");
  return page.getByRole("dialog", { name: "Add a note" });
}

/** The paragraphs' boxes, to see that nothing moved. */
const boxes = (page: Page) =>
  page
    .locator(".article-body p, .article-body h2")
    .evaluateAll((elements) => elements.map((element) => JSON.stringify(element.getBoundingClientRect())));

test.describe("highlighting", () => {
  test("by mouse: the offer beside the selection highlights the words, painted over the text with nothing moved", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: "layout-shift" });
    });
    const before = await boxes(page);
    const html = await page.locator(".article-body").innerHTML();
    await highlight(page, WORDS);
    await expect.poll(() => painted(page)).toEqual([WORDS]);
    // The page's DOM and text are untouched, and nothing moved.
    expect(await page.locator(".article-body").innerHTML()).toBe(html);
    expect(await boxes(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    // The selection is gone; the highlight is kept with its paragraph, words and context.
    expect(await page.evaluate(() => getSelection()?.isCollapsed)).toBe(true);
    const [kept] = await stored(page);
    expect(kept).toMatchObject({ slug: ARTICLE_SLUG, title: TITLE, block: PARAGRAPH, exact: WORDS, note: "" });
    expect(kept.prefix).toMatch(/sentence: $/);
    expect(kept.suffix).toMatch(/^, then decide/);
    // Listed at the end of the article, with the way to all of them.
    const list = page.getByRole("region", { name: "Your highlights" });
    await expect(list.locator("blockquote")).toHaveText(WORDS);
    await expect(list.getByRole("link", { name: "All your highlights" })).toHaveAttribute("href", "/highlights");
  });

  test("a selection of part of a word grows to whole words", async ({ page }) => {
    await page.goto(ARTICLE);
    await highlight(page, "asure every st");
    await expect.poll(() => painted(page)).toEqual(["measure every step"]);
  });

  test("a selection begun between paragraphs (in the margin above one) is offered and highlights its first words", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const words = await page.evaluate(() => {
      const paragraph = document.querySelector(".article-body p[id]:nth-of-type(2)")!;
      const text = paragraph.firstChild as Text;
      // From the point in the paragraph's parent just before it (no block's text) to its third word.
      const range = document.createRange();
      range.setStart(paragraph.parentNode!, [...paragraph.parentNode!.childNodes].indexOf(paragraph));
      const third = text.data.split(" ").slice(0, 3).join(" ");
      range.setEnd(text, third.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return third;
    });
    await expect(page.locator(".quote-offer").getByRole("button", { name: "Copy link to quote" })).toBeVisible();
    await page.keyboard.press("h");
    await expect.poll(() => painted(page)).toEqual([words]);
  });

  test("by keyboard: a selection grown with Shift+arrows, then H; the offer shows the keys and they are announced", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await selectText(page, "measure");
    for (let i = 0; i < " every step".length; i++) await page.keyboard.press("Shift+ArrowRight");
    const offer = page.locator(".quote-offer");
    await expect(offer.getByRole("button", { name: "Highlight" })).toHaveAttribute("aria-keyshortcuts", "h");
    await expect(offer.getByRole("button", { name: "Add a note" })).toHaveAttribute("aria-keyshortcuts", "n");
    await expect(page.getByRole("status").filter({ hasText: "Text selected" })).toHaveText(
      "Text selected: press H to highlight it, N to add a note.",
    );
    await page.keyboard.press("h");
    await expect.poll(() => painted(page)).toEqual(["measure every step"]);
    await expect(page.getByRole("status").filter({ hasText: "Highlighted" })).toBeVisible();
  });

  test("a note: N opens it for the selection; saved, announced, painted in its own shade, shown when the highlight is clicked", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const dialog = await noteOn(page, WORDS);
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("blockquote")).toHaveText(WORDS);
    await expect(dialog.getByLabel("Your note")).toBeFocused();
    await page.keyboard.type("The method, in one line.");
    await dialog.getByRole("button", { name: "Save note" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Note saved" })).toBeVisible();
    await expect.poll(() => painted(page, "gloss-note")).toEqual([WORDS]);
    expect((await stored(page))[0].note).toBe("The method, in one line.");
    // Clicking the highlight offers its note, its link and Remove.
    const box = await page.evaluate(() => {
      const painted = [...CSS.highlights.get("gloss-note")!.keys()][0];
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const offer = page.getByRole("group", { name: /^Highlight: / });
    await expect(offer).toContainText("The method, in one line.");
    await expect(offer.getByRole("button", { name: "Edit note" })).toBeVisible();
    await expect(offer.getByRole("button", { name: "Copy link" })).toBeVisible();
    await expect.poll(() => painted(page, "gloss-current")).toEqual([WORDS]);
    await page.keyboard.press("Escape");
    await expect(offer).toBeHidden();
  });

  test("kept on reload and in a new tab; another open tab follows at once", async ({ page, context }) => {
    await page.goto(ARTICLE);
    const other = await context.newPage();
    await other.goto(ARTICLE);
    await highlight(page, WORDS);
    await expect.poll(() => painted(other)).toEqual([WORDS]);
    await page.reload();
    await expect.poll(() => painted(page)).toEqual([WORDS]);
    const fresh = await context.newPage();
    await fresh.goto(ARTICLE);
    await expect.poll(() => painted(fresh)).toEqual([WORDS]);
    // Removed in one tab, gone from the others.
    await page.getByRole("region", { name: "Your highlights" }).getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Highlight removed" })).toBeVisible();
    await expect.poll(() => painted(other)).toEqual([]);
    await expect(other.getByRole("region", { name: "Your highlights" })).toHaveCount(0);
  });

  test("by keyboard from the list: Show in the text moves focus to the highlight's offer; its link is a text fragment", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(ARTICLE);
    await highlight(page, WORDS);
    await page.getByRole("button", { name: "Show in the text" }).focus();
    await page.keyboard.press("Enter");
    const offer = page.getByRole("group", { name: /^Highlight: / });
    await expect(offer.getByRole("button", { name: "Add a note" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Link to highlight copied" })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`/articles/${ARTICLE_SLUG}#${PARAGRAPH}:~:text=`));
    expect(decodeURIComponent(link)).toContain(WORDS);
  });
});

test.describe("fetched when needed", () => {
  /**
   * Marks of code a page fetches only on use: painting highlights, a quote's link, "Forget my
   * reading", and the offer to continue reading (which a visit with a saved place fetches: reader.spec.ts).
   */
  const PAINTING = '"gloss-highlight"';
  const QUOTING = ":~:text=";
  const FORGETTING = "Forget my reading";
  const CONTINUING = "Continue where you left off";

  test("an article without highlights fetches their code only once text is selected; N pressed before it arrives still opens the note", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (/\/_next\/static\/.*\.js(\?.*)?$/.test(request.url())) scripts.push(request.url());
    });
    /** Which of `marks` the scripts fetched between `from` and `to` hold. */
    const holding = async (marks: string[], from: number, to = scripts.length) => {
      const code = await Promise.all(scripts.slice(from, to).map(async (url) => (await page.request.get(url)).text()));
      return marks.filter((mark) => code.some((text) => text.includes(mark)));
    };
    await page.goto(ARTICLE);
    // Loaded, hydrated, and idle: the page has looked for this article's highlights and found none.
    await expect(page.getByRole("group", { name: "Article tools" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    await page.waitForLoadState("networkidle");
    const loaded = scripts.length;
    expect(await page.getByRole("region", { name: "Your highlights" }).count()).toBe(0);
    expect(await holding([PAINTING, QUOTING, FORGETTING, CONTINUING], 0)).toEqual([]);

    // Scripts fetched from now on arrive a second late, so that the key is pressed before them.
    await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    const dialog = await noteOn(page, WORDS);
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("blockquote")).toHaveText(WORDS);
    await dialog.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Highlighted, without a note" })).toBeVisible();
    await expect.poll(() => painted(page)).toEqual([WORDS]);
    const selected = scripts.length;
    expect(await holding([PAINTING, QUOTING, FORGETTING], loaded)).toEqual([PAINTING, QUOTING]);

    // The display menu's "Forget my reading" comes when the menu is first opened.
    await page.getByRole("button", { name: "Display" }).click();
    await expect(page.getByRole("button", { name: FORGETTING })).toBeVisible();
    expect(await holding([FORGETTING], selected)).toEqual([FORGETTING]);
  });
  test("where the scripts fetched on use cannot be fetched, the reader is told and the page goes on working", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole("group", { name: "Article tools" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    // The network fails from now on, as it can before the service worker has kept the page's scripts.
    await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
    await selectText(page, WORDS);
    await page.keyboard.press("h");
    await expect(page.getByRole("status").filter({ hasText: "Highlighting could not be loaded" })).toHaveText(
      "Highlighting could not be loaded: check the connection, then try again.",
    );
    // Nothing else failed with it: the text is there, and a term's card opens.
    await expect(page.locator(".article-body")).toContainText(WORDS);
    await page.locator(".article-body a.term[href]").first().focus();
    await expect(page.locator(".term-card")).toBeVisible();
    // The display menu opens and works without its "Forget my reading", whose script did not come.
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("radio", { name: "Largest" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-size", "xxl");
  });
});

test.describe("anchored to survive edits", () => {
  /** A highlight as made on an older version of the article. */
  const made = (fields: Record<string, unknown>) => ({
    id: `old-${Math.random().toString(36).slice(2)}`,
    slug: ARTICLE_SLUG,
    title: TITLE,
    published: "2026-05-12",
    block: PARAGRAPH,
    start: 0,
    prefix: "",
    suffix: "",
    note: "",
    created: 1_700_000_000_000,
    modified: 1_700_000_000_000,
    ...fields,
  });

  test("an edit elsewhere moves nothing; an edit to its words lists it as changed, with its old words, drawn nowhere", async ({
    page,
  }) => {
    const moved = made({
      // Made when the paragraph began differently: its offset and paragraph id are stale, its words and context not.
      block: "p-the-lab-director-said",
      start: 3,
      exact: WORDS,
      prefix: "in one sentence: ",
      suffix: ", then decide which",
    });
    const changed = made({
      start: 40,
      exact: "weigh every step of a task",
      prefix: "in one sentence: ",
      suffix: ", then",
    });
    await page.addInitScript(
      ({ key, value }) => {
        if (!sessionStorage.getItem("seeded")) localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      },
      { key: KEY, value: JSON.stringify([moved, changed]) },
    );
    await page.goto(ARTICLE);
    await expect.poll(() => painted(page)).toEqual([WORDS]);
    const list = page.getByRole("region", { name: "Your highlights" });
    const item = list.locator("li[data-changed]");
    await expect(item).toContainText("Text changed");
    await expect(item.locator("blockquote")).toHaveText("weigh every step of a task");
    // Both kept: the moved one where it now is, the changed one marked so.
    await expect
      .poll(async () => (await stored(page)).map((h) => [h.exact, h.block, h.changed ?? false]))
      .toEqual(
        expect.arrayContaining([
          [WORDS, PARAGRAPH, false],
          ["weigh every step of a task", PARAGRAPH, true],
        ]),
      );
    await page.goto("/highlights");
    await expect(page.locator(".highlights-list li").filter({ hasText: "weigh every step" })).toContainText(
      "Text changed",
    );
  });

  test("highlights applied as the page loads move nothing in the article", async ({ page }) => {
    await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
      key: KEY,
      value: JSON.stringify([made({ start: 60, exact: WORDS, prefix: "in one sentence: ", suffix: ", then" })]),
    });
    await page.goto(ARTICLE);
    await expect.poll(() => painted(page)).toEqual([WORDS]);
    const shifts = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          new PerformanceObserver((list) =>
            resolve(
              list
                .getEntries()
                .flatMap((entry) => (entry as unknown as { sources: { node?: Node }[] }).sources)
                .filter((source) => source.node && document.querySelector(".article")?.contains(source.node))
                .map((source) => (source.node as Element).outerHTML?.slice(0, 80) ?? "text"),
            ),
          ).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve([]), 1000);
        }),
    );
    expect(shifts).toEqual([]);
  });

  test("a short quote whose context is gone is not drawn on the same word elsewhere", async ({ page }) => {
    await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
      key: KEY,
      value: JSON.stringify([made({ exact: "chip", prefix: "a wholly unrelated ", suffix: " elsewhere" })]),
    });
    await page.goto(ARTICLE);
    await expect(page.getByRole("region", { name: "Your highlights" }).locator("li[data-changed]")).toHaveCount(1);
    expect(await painted(page)).toEqual([]);
  });
});

test.describe("your highlights", () => {
  test("empty, it says what highlights are and how to start", async ({ page }) => {
    await page.goto("/highlights");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your highlights");
    await expect(page.locator(".highlights-empty")).toContainText(
      "select the words you want to keep, and choose Highlight",
    );
    await expect(page.getByRole("button", { name: "Export Markdown" })).toBeDisabled();
  });

  test("linked from the Display menu; lists each highlight by article, its link landing on the words; filter; remove", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await highlight(page, WORDS);
    await page.goto(`/articles/${HOSTILE_SLUG}`);
    const other = await page
      .locator(".article-body p[id]")
      .first()
      .evaluate((p) => p.textContent!.trim().split(/\s+/).slice(2, 6).join(" "));
    await highlight(page, other);
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("link", { name: "Your highlights", exact: true }).click();
    await expect(page).toHaveURL(/\/highlights$/);
    const articles = page.locator(".highlights-article");
    await expect(articles).toHaveCount(2);
    // The newest first.
    await expect(articles.nth(1).getByRole("heading")).toHaveText(TITLE);
    await expect(articles.nth(1)).toContainText("Published 12 May 2026");
    await expect(page.locator(".highlights-count")).toHaveText("2 highlights and 0 notes, in 2 articles.");
    await page.getByLabel("Show").selectOption({ label: TITLE });
    await expect(articles).toHaveCount(1);
    // The link goes to the paragraph, and the browser scrolls to and marks the words.
    const link = articles.getByRole("link", { name: WORDS });
    await expect(link).toHaveAttribute("href", new RegExp(`^/articles/${ARTICLE_SLUG}#${PARAGRAPH}:~:text=`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE_SLUG}`));
    await expect(page.locator(`#${PARAGRAPH}`)).toBeInViewport();
    await expect.poll(() => painted(page)).toEqual([WORDS]);
    await page.goBack();
    await page.getByRole("button", { name: new RegExp(`^Remove: ${WORDS}`) }).click();
    await expect(page.getByRole("status")).toHaveText("Highlight removed.");
    await expect(page.locator(".highlights-list li")).toHaveCount(1);
  });

  test("Markdown and JSON exports hold the quote, the note and the link; the JSON restores everything in a fresh browser", async ({
    page,
    browser,
  }) => {
    await page.goto(ARTICLE);
    await noteOn(page, WORDS);
    await page.getByLabel("Your note").fill("Measure first.");
    await page.getByRole("button", { name: "Save note" }).click();
    await page.goto("/highlights");
    const [markdownDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export Markdown" }).click(),
    ]);
    expect(markdownDownload.suggestedFilename()).toMatch(/^gloss-highlights-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync(await markdownDownload.path(), "utf8");
    expect(markdown).toContain(`## [${TITLE}](http://localhost:3100/articles/${ARTICLE_SLUG})`);
    expect(markdown).toContain("Published 12 May 2026.");
    expect(markdown).toContain(`> ${WORDS}\n\nMeasure first.`);
    expect(markdown).toMatch(
      new RegExp(`\\[Go to the quote\\]\\(http://localhost:3100/articles/${ARTICLE_SLUG}#${PARAGRAPH}:~:text=`),
    );

    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export JSON" }).click(),
    ]);
    const file = await jsonDownload.path();
    const json = JSON.parse(readFileSync(file, "utf8"));
    expect(json.type).toBe("AnnotationCollection");
    expect(json["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
    const [annotation] = json.first.items;
    expect(annotation).toMatchObject({
      type: "Annotation",
      motivation: "commenting",
      body: { type: "TextualBody", value: "Measure first." },
      target: { source: { id: `http://localhost:3100/articles/${ARTICLE_SLUG}`, title: TITLE } },
    });
    expect(annotation.target.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: WORDS });
    expect(annotation.target.selector[1]).toMatchObject({ type: "FragmentSelector", value: PARAGRAPH });

    const before = await stored(page);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto("/highlights");
    await fresh.getByLabel("Import JSON").setInputFiles(file);
    await expect(fresh.getByRole("status")).toHaveText("Imported 1 new highlight.");
    expect(await stored(fresh)).toEqual(before);
    await fresh.goto(ARTICLE);
    await expect.poll(() => painted(fresh, "gloss-note")).toEqual([WORDS]);
    await context.close();
  });

  test("a hostile import is refused or shown as text: nothing runs, nothing kept is lost", async ({ page }) => {
    await page.goto(ARTICLE);
    await highlight(page, WORDS);
    await page.goto("/highlights");
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const input = page.getByLabel("Import JSON");
    const status = page.getByRole("status");
    const upload = (name: string, text: string | Buffer) =>
      input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });

    await upload("wrong.json", JSON.stringify({ highlights: [{ quote: "x" }] }));
    await expect(status).toHaveText(/^Not imported: This is not a file of highlights.*Nothing you keep has changed\.$/);
    await upload("not.json", "<script>alert(1)</script>");
    await expect(status).toHaveText(/^Not imported: The file is not JSON/);
    await upload("large.json", Buffer.alloc(10_000_000, " "));
    await expect(status).toHaveText(/^Not imported: The file is 10\.0 MB/);

    const script = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const annotation = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:uuid:hostile-1",
      type: "Annotation",
      created: "2026-05-20T10:00:00Z",
      body: { type: "TextualBody", value: script },
      target: {
        source: { id: `https://elsewhere.example/articles/${HOSTILE_SLUG}`, title: "<b>bold</b>" },
        selector: { type: "TextQuoteSelector", exact: OTHER },
      },
    };
    await upload(
      "one-bad.json",
      JSON.stringify({ type: "AnnotationPage", items: [annotation, { type: "Annotation" }] }),
    );
    await expect(status).toHaveText(/^Not imported: Annotation 2: it has no target\./);
    expect(await stored(page)).toHaveLength(1);

    await upload("markup.json", JSON.stringify(annotation));
    await expect(status).toHaveText("Imported 1 new highlight.");
    await expect(page.locator(".highlight-note")).toHaveText(script);
    await expect(page.getByRole("heading", { name: "<b>bold</b>" })).toBeVisible();
    await page.goto(`/articles/${HOSTILE_SLUG}`);
    await expect(page.locator(".highlight-note")).toHaveText(script);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await stored(page)).toHaveLength(2);
  });

  test("Forget my reading asks before it forgets highlights too", async ({ page }) => {
    await page.goto(ARTICLE);
    await highlight(page, WORDS);
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("button", { name: "Forget my reading" }).click();
    await expect(page.locator(".preferences-forget [role=status]")).toHaveText(
      "Reading forgotten. Forget your 1 highlight and their notes too?",
    );
    await page.getByRole("button", { name: "Keep them" }).click();
    expect(await stored(page)).toHaveLength(1);
    await page.getByRole("button", { name: "Forget my reading" }).click();
    await page.getByRole("button", { name: "Forget highlights too" }).click();
    await expect(page.locator(".preferences-forget [role=status]")).toHaveText(
      "Forgotten: your reading, and your highlights and notes.",
    );
    expect(await stored(page)).toHaveLength(0);
    await expect.poll(() => painted(page)).toEqual([]);
  });
});

test.describe("printing", () => {
  test("the clean copy stays the default; chosen, the highlights are printed and the notes follow as endnotes", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await noteOn(page, WORDS);
    await page.getByLabel("Your note").fill("An endnote of mine.");
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Note saved" })).toBeVisible();
    const clean = flat((await printPages(page, "A4")).join(" "));
    expect(clean).not.toContain("An endnote of mine.");
    expect(clean).not.toContain("Your highlights");
    await page.getByLabel("Print my highlights with the article, and my notes as endnotes").check();
    const marked = flat((await printPages(page, "A4")).join(" "));
    expect(marked).toContain(flat(`Your highlights 1. ${WORDS} An endnote of mine.`));
    expect(marked.indexOf("Your highlights")).toBeGreaterThan(marked.indexOf("About the author"));
    expect(marked.indexOf("Your highlights")).toBeLessThan(marked.indexOf("Glossary The terms"));
    expect(marked).not.toContain("Show in the text");
  });
});

test.describe("accessibility", () => {
  // Four full axe runs in one test.
  test.describe.configure({ timeout: 120_000 });
  for (const theme of ["light", "dark", "sepia"] as const) {
    test(`axe finds nothing on an article with highlights, its offer and note, and on /highlights, in the ${theme} theme`, async ({
      page,
    }) => {
      await page.addInitScript((theme) => localStorage.setItem("gloss:preferences", JSON.stringify({ theme })), theme);
      const axe = async () =>
        (
          await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
        ).violations.map((violation) => ({
          rule: violation.id,
          nodes: violation.nodes.map((node) => node.target.join(" ")),
        }));
      await page.goto(ARTICLE);
      await highlight(page, WORDS);
      await selectText(page, OTHER);
      await expect(page.locator(".quote-offer")).toBeVisible();
      expect(await axe()).toEqual([]);
      await page.keyboard.press("n");
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await axe()).toEqual([]);
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Show in the text" }).first().click();
      await expect(page.getByRole("group", { name: /^Highlight: / })).toBeVisible();
      expect(await axe()).toEqual([]);
      await page.goto("/highlights");
      await expect(page.locator(".highlights-list li")).toHaveCount(2);
      expect(await axe()).toEqual([]);
    });
  }
});
