import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content";
import { createTermMatcher } from "@/lib/markdown/term-matcher";
import { firstBlock, readBody } from "@/lib/markdown/rendered";
import { MarkdownError } from "@/lib/markdown/error";
import { createRenderer } from "@/lib/markdown/render";

const GOLDEN = "tests/fixtures/golden";
const cases = readdirSync(GOLDEN).sort();

async function fixtureRenderer() {
  const { glossary } = await loadContent("tests/fixtures/content");
  return createRenderer({ matcher: createTermMatcher([...glossary.values()]) });
}

describe("golden files: input.md renders to output.html", () => {
  test.each(cases)("%s", async (name) => {
    const render = await fixtureRenderer();
    const html = render(readFileSync(path.join(GOLDEN, name, "input.md"), "utf8")).html;
    const expectedFile = path.join(GOLDEN, name, "output.html");
    const expected = existsSync(expectedFile) ? readFileSync(expectedFile, "utf8") : undefined;
    // UPDATE_GOLDEN=1 rewrites the expected files (review the diff before committing it); the run
    // still compares with what was there before, so it never passes by construction.
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedFile, html);
    expect(expected, `${expectedFile} is missing (run with UPDATE_GOLDEN=1)`).toBeDefined();
    expect(html).toBe(expected);
  });
});

describe("createRenderer", () => {
  test("section ids: explicit ids win, slugs are de-duplicated and avoid the page's own ids", async () => {
    const render = await fixtureRenderer();
    const { sections } = render(readFileSync(path.join(GOLDEN, "section-ids", "input.md"), "utf8"));
    expect(sections.map((section) => section.id)).toEqual([
      "the-deal",
      "why-cpus-matter",
      "why-cpus-matter-1",
      "detail",
      "section-glossary",
      "trailing-braces-not-an-id",
    ]);
    expect(sections[1]).toEqual({ id: "why-cpus-matter", title: "Why CPUs matter", depth: 2 });
  });

  test("an explicit id is kept when a paragraph or section is added before it", async () => {
    const render = await fixtureRenderer();
    const before = render("## Later {#later}\n\nText.\n").sections;
    const after = render("## New first section\n\nNew text.\n\n## Later {#later}\n\nText.\n").sections;
    expect(before.at(-1)!.id).toBe("later");
    expect(after.at(-1)!.id).toBe("later");
  });

  test("paragraph ids come from the paragraph's first words, and survive paragraphs added around them", async () => {
    const render = await fixtureRenderer();
    const ids = (markdown: string) => [...render(markdown).html.matchAll(/<p id="([^"]+)"/g)].map((match) => match[1]);
    const before = ids("The deal was signed on Friday by both sides.\n\nA second paragraph.\n");
    expect(before).toEqual(["p-the-deal-was-signed-on-friday", "p-a-second-paragraph"]);
    const after = ids(
      "A new opening paragraph.\n\nThe deal was signed on Friday by both sides.\n\nA second paragraph.\n",
    );
    expect(after).toEqual(["p-a-new-opening-paragraph", ...before]);
    const without = ids("A second paragraph.\n");
    expect(without).toEqual(["p-a-second-paragraph"]);
  });

  test("paragraphs that start alike get -1, -2…; nested paragraphs get no id", async () => {
    const render = await fixtureRenderer();
    const { html } = render("Same start here.\n\nSame start here.\n\n> Quoted.\n\n- Listed.\n");
    expect([...html.matchAll(/<p id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "p-same-start-here",
      "p-same-start-here-1",
    ]);
  });

  test("headings and paragraphs carry named links to themselves, outside the heading's own text", async () => {
    const render = await fixtureRenderer();
    const { html } = render("## The deal {#the-deal}\n\nText.\n");
    expect(html).toBe(
      '<div class="heading"><h2 id="the-deal">The deal</h2><a class="heading-link" href="#the-deal" aria-label="Link to section: The deal"></a></div>\n' +
        '<p id="p-text">Text. <a class="paragraph-link" href="#p-text" aria-label="Link to this paragraph"></a></p>\n',
    );
  });

  test("glossary explanations get no anchors", () => {
    const { html } = createRenderer({ anchors: false })("## Heading\n\nText.\n");
    expect(html).toBe("<h2>Heading</h2>\n<p>Text.</p>\n");
  });

  test("links the first mention of each term in each section, in order of first appearance", async () => {
    const render = await fixtureRenderer();
    const { html, terms } = render(readFileSync(path.join(GOLDEN, "glossary-links", "input.md"), "utf8"));
    expect(terms).toEqual(["cpu", "gpu", "graviton", "aws", "training"]);
    expect(html.match(/id="mention-cpu"/g)).toHaveLength(1);
    // One link to the CPU entry before the first section, then one in each of the two sections.
    expect(html.match(/href="#glossary-cpu"/g)).toHaveLength(3);
  });

  test("never links inside headings, links or code", async () => {
    const render = await fixtureRenderer();
    const { html } = render("## A CPU heading\n\n[CPU](https://example.org) `CPU`\n\n```\nCPU\n```\n");
    expect(html).not.toContain("glossary-cpu");
  });

  test("unsafe HTML and URLs never reach the output, and readable text survives", async () => {
    const render = await fixtureRenderer();
    const { html } = render(readFileSync(path.join(GOLDEN, "unsafe-html", "input.md"), "utf8"));
    for (const unsafe of [
      "<script",
      "<iframe",
      "<object",
      "<style",
      "onclick",
      "onerror",
      "javascript:",
      "vbscript:",
      "data:",
      'target="_blank"',
      'id="location"',
      'name="alert"',
    ]) {
      expect(html).not.toContain(unsafe);
    }
    expect(html).toContain("Raw paragraph text survives.");
    expect(html).toContain("A javascript link");
  });

  test("counts words block by block", async () => {
    const render = await fixtureRenderer();
    expect(render("## Two words\n\nThree more words.\n").wordCount).toBe(5);
  });

  test("errors carry the body line", async () => {
    const render = await fixtureRenderer();
    const error = (() => {
      try {
        render("Text.\n\n# Headline\n");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(MarkdownError);
    expect(error).toMatchObject({ line: 3, message: "use ## for sections; the headline comes from the title field" });
  });

  test("rejects explicit ids that are not slugs or that the page reserves", async () => {
    const render = await fixtureRenderer();
    expect(() => render("## Bad {#Bad_Id}\n")).toThrow(
      'section id "Bad_Id" must be lowercase letters, digits and hyphens',
    );
    expect(() => render("## Clash {#glossary-cpu}\n")).toThrow('section id "glossary-cpu" is reserved by the page');
  });
});

describe("readBody: every view of a body, from one reading of its HTML", () => {
  const views = async (markdown: string, chipsAfter?: string) => {
    const { html, sections } = (await fixtureRenderer())(markdown);
    const absolute = (path: string) => `https://gloss.example${path}`;
    return { html, ...readBody(html, { sections, chipsAfter, pageUrl: absolute("/articles/x"), absolute }) };
  };

  test("the chips table goes where the next section of the same or a higher level starts", async () => {
    const { html, chipsAt } = await views("## One {#one}\n\nA.\n\n### Detail\n\nB.\n\n## Two {#two}\n\nC.\n", "one");
    expect(html.slice(0, chipsAt)).toContain("B.");
    expect(html.slice(chipsAt).startsWith('<div class="heading"><h2 id="two">')).toBe(true);
  });

  test("after the last section the chips table ends the body; without chipsAfter there is no place", async () => {
    const markdown = "## One {#one}\n\nA.\n\n## Two {#two}\n\nC.\n";
    const { html, chipsAt } = await views(markdown, "two");
    expect(chipsAt).toBe(html.length);
    expect((await views(markdown)).chipsAt).toBeUndefined();
  });

  test("the feeds' body has absolute links and no self-links or references to the page's glossary", async () => {
    const { feedBody } = await views("## The chips {#chips}\n\nA CPU beside a [glossary](/glossary).\n");
    expect(feedBody).not.toMatch(/heading-link|paragraph-link|aria-describedby/);
    expect(feedBody).toContain('href="https://gloss.example/articles/x#glossary-cpu"');
    expect(feedBody).toContain('href="https://gloss.example/glossary"');
  });

  test("the editor's blocks are the paragraphs and list items as text, with their term links counted", async () => {
    const { blocks } = await views("A CPU and a GPU.\n\n- One Graviton\n- Nothing\n");
    // A paragraph's text ends with the space before its link to itself.
    expect(blocks).toEqual([
      { text: "A CPU and a GPU. ", links: 2 },
      { text: "One Graviton", links: 1 },
      { text: "Nothing", links: 0 },
    ]);
  });

  test("a glossary explanation's first block is its opening paragraph, or all of it", () => {
    expect(firstBlock("<p>One.</p>\n<p>Two.</p>\n")).toBe("<p>One.</p>");
    expect(firstBlock("<p>Only.</p>\n")).toBe("<p>Only.</p>\n");
  });
});
