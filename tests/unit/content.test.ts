import path from "node:path";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, test } from "vitest";
import { ContentError, contentRoot, loadContent } from "@/lib/content";

const broken = (name: string) => `tests/fixtures/broken/${name}`;

/** The message loading a broken content root fails with. */
async function problemsOf(name: string): Promise<string> {
  const error = await loadContent(broken(name)).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems.join("\n");
}

describe("loadContent with valid content", () => {
  test("reads articles newest first, with frontmatter, slug, sections and reading time", async () => {
    const { articles } = await loadContent("tests/fixtures/content");
    expect(articles.map((article) => article.slug)).toEqual(["chips-explained", "older-news"]);
    const [chips] = articles;
    expect(chips).toMatchObject({
      title: "Chips, explained",
      date: "2026-05-01",
      author: { name: "Test Desk", bio: "The test desk writes articles for tests." },
      source: { name: "Gloss Tests", url: "https://example.org/chips" },
      sections: [
        { id: "cpu", title: "What a CPU does", depth: 2 },
        { id: "graphics-chips", title: "Graphics chips", depth: 2 },
      ],
      terms: ["cpu", "gpu"],
      readingTime: { min: 1, max: 1 },
    });
    // Counted by hand: 4 + 4 + 9 words in the first section, 2 + 10 in the second.
    expect(chips.wordCount).toBe(29);
  });

  test("reads glossary entries with their rendered explanation, keyed by file name", async () => {
    const { glossary } = await loadContent("tests/fixtures/content");
    expect([...glossary.keys()].sort()).toEqual(["aws", "cpu", "gpu", "graviton", "training"]);
    expect(glossary.get("gpu")).toEqual({
      id: "gpu",
      term: "GPU",
      aliases: ["GPUs", "Graphics Processing Unit", "Graphics Processing Units"],
      short: "A chip that does many calculations at once.",
      related: ["cpu"],
      html: "<p>Built for graphics, now used for AI.</p>\n",
      summaryHtml: "<p>Built for graphics, now used for AI.</p>\n",
    });
  });

  test("CONTENT_DIR chooses the content root, content/ otherwise", () => {
    const saved = process.env.CONTENT_DIR;
    try {
      delete process.env.CONTENT_DIR;
      expect(contentRoot()).toBe(path.resolve("content"));
      process.env.CONTENT_DIR = "tests/fixtures/content";
      expect(contentRoot()).toBe(path.resolve("tests/fixtures/content"));
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });
});

describe("an article's control over its glossary links", () => {
  test("ignore stops a false match and add links a phrase the matcher would miss, in that article only", async () => {
    const { articles } = await loadContent("tests/fixtures/control");
    const person = articles.find((article) => article.slug === "vera-the-engineer")!;
    const chip = articles.find((article) => article.slug === "vera-the-chip")!;
    expect(person.html).not.toContain("glossary-vera");
    expect(person.html).toContain(
      '<a href="#glossary-arm" class="term" data-term="arm" aria-describedby="glossary-short-arm" id="mention-arm">Olympus cores</a>',
    );
    expect(person.terms).toEqual(["arm"]);
    expect(chip.terms).toEqual(["vera", "arm"]);
    expect(chip.html).not.toContain(">Olympus cores</a>");
    expect(chip.glossary).toEqual({ add: {}, ignore: [], chipsAfter: "the-chip" });
  });

  test("records the sections that mention each term", async () => {
    const { articles } = await loadContent("tests/fixtures/content");
    expect(articles[0].mentions).toEqual({ cpu: ["cpu"], gpu: ["cpu", "graphics-chips"] });
  });
});

describe("glossary summaries", () => {
  test("a glossary entry's summary is the first paragraph of its explanation", async () => {
    const { glossary } = await loadContent("tests/fixtures/site");
    const trainium = glossary.get("trainium")!;
    expect(trainium.summaryHtml).toBe("<p>Trainium is an AI accelerator rather than a GPU.</p>");
    expect(trainium.html.startsWith(trainium.summaryHtml)).toBe(true);
    expect(trainium.html.match(/<p>/g)).toHaveLength(2);
  });

  test("an explanation of one paragraph is its own summary", async () => {
    const { glossary } = await loadContent("tests/fixtures/site");
    expect(glossary.get("vera")!.summaryHtml).toBe(glossary.get("vera")!.html);
  });
});

describe("loadContent with broken content stops with a message naming the file and each field", () => {
  test("a date that is not a date", async () => {
    expect(await problemsOf("bad-date")).toBe(
      'tests/fixtures/broken/bad-date/articles/x.md: frontmatter does not match the article schema\n  date (line 4): Expected a date, received "soon"',
    );
  });

  test("a day that does not exist", async () => {
    expect(await problemsOf("invalid-day")).toBe(
      'tests/fixtures/broken/invalid-day/articles/leap.md: frontmatter does not match the article schema\n  date (line 4): Expected a date, received "2026-02-30"',
    );
  });

  test("missing, empty, wrongly typed and unknown fields, each on its own line", async () => {
    expect(await problemsOf("missing-fields")).toBe(
      [
        "tests/fixtures/broken/missing-fields/articles/bare.md: frontmatter does not match the article schema",
        "  title: Required",
        "  dek (line 2): Expected some text, received an empty string",
        '  author (line 4): Expected fields (name, bio), received "Someone"',
        "  titel (line 5): Unknown field (check its spelling)",
      ].join("\n"),
    );
  });

  test("a credit for original reporting that lacks a field, or has a bad date or address", async () => {
    expect(await problemsOf("bad-based-on")).toBe(
      [
        "tests/fixtures/broken/bad-based-on/articles/retold.md: frontmatter does not match the article schema",
        "  basedOn.author (line 7): Required",
        '  basedOn.date (line 10): Expected a date, received "yesterday"',
        "  basedOn.url (line 11): Expected an http(s) URL",
      ].join("\n"),
    );
  });

  test("no frontmatter at all", async () => {
    expect(await problemsOf("no-frontmatter")).toBe(
      [
        "tests/fixtures/broken/no-frontmatter/articles/plain.md: frontmatter does not match the article schema",
        "  title: Required",
        "  dek: Required",
        "  date: Expected a date, received nothing",
        "  author: Required",
      ].join("\n"),
    );
  });

  test("frontmatter that is not YAML", async () => {
    expect(await problemsOf("not-yaml")).toMatch(
      /^tests\/fixtures\/broken\/not-yaml\/articles\/broken-yaml\.md: frontmatter cannot be read\n {2}\S/,
    );
  });

  test("a file name that cannot be a URL", async () => {
    expect(await problemsOf("bad-file-name")).toBe(
      "tests/fixtures/broken/bad-file-name/articles/Bad_Name.md: the file name must be lowercase letters, digits and hyphens (it becomes the URL)",
    );
  });

  test("an empty body", async () => {
    expect(await problemsOf("empty-body")).toBe(
      "tests/fixtures/broken/empty-body/articles/empty.md: the article body is empty",
    );
  });

  test("a # headline in the body, with the file's line", async () => {
    expect(await problemsOf("h1-in-body")).toBe(
      "tests/fixtures/broken/h1-in-body/articles/h1.md:9: use ## for sections; the headline comes from the title field",
    );
  });

  test("the same explicit section id twice, with the file's line", async () => {
    expect(await problemsOf("duplicate-section-id")).toBe(
      'tests/fixtures/broken/duplicate-section-id/articles/twice.md:13: section id "same" is used twice',
    );
  });

  test("bad glossary entries: every file and field at once", async () => {
    expect(await problemsOf("bad-glossary")).toBe(
      [
        "tests/fixtures/broken/bad-glossary/glossary/cpu.md: frontmatter does not match the glossary schema",
        '  aliases (line 4): Expected a list, received "CPUs"',
        "  short (line 3): Expected one sentence ending in a full stop",
        "tests/fixtures/broken/bad-glossary/glossary/gpu.md: the explanation (the Markdown body) is empty",
      ].join("\n"),
    );
  });

  test("two glossary entries claiming one phrase", async () => {
    expect(await problemsOf("duplicate-phrase")).toBe(
      'tests/fixtures/broken/duplicate-phrase/glossary: glossary terms "vera-rubin" and "vera" both claim the phrase "Vera"',
    );
  });

  test("unknown glossary ids in related terms and in an article's glossary options", async () => {
    expect(await problemsOf("unknown-terms")).toBe(
      [
        "tests/fixtures/broken/unknown-terms/glossary/vera.md: frontmatter refers to unknown glossary terms",
        '  related: "grace" is not a glossary term',
        "tests/fixtures/broken/unknown-terms/articles/refs.md: frontmatter refers to unknown glossary terms",
        '  glossary.add: "olympus" is not a glossary term',
        '  glossary.ignore: "nobody" is not a glossary term',
      ].join("\n"),
    );
  });

  test("chips-at-a-glance fields: every field, typed, and no others", async () => {
    expect(await problemsOf("incomplete-chip")).toBe(
      [
        "tests/fixtures/broken/incomplete-chip/glossary/graviton.md: frontmatter does not match the glossary schema",
        '  chip.order (line 5): Expected a number, received "first"',
        "  chip.instructionSet (line 4): Required",
        "  chip.use (line 4): Required",
        "  chip.sold (line 4): Required",
        "  chip.colour (line 8): Unknown field (check its spelling)",
      ].join("\n"),
    );
  });

  test("a chips table after a section the article does not have", async () => {
    expect(await problemsOf("bad-chips-after")).toBe(
      'tests/fixtures/broken/bad-chips-after/articles/table.md: glossary.chipsAfter names no section of this article: "nowhere"',
    );
  });

  test("frontmatter that is never closed", async () => {
    expect(await problemsOf("unclosed-frontmatter")).toMatch(
      /^tests\/fixtures\/broken\/unclosed-frontmatter\/articles\/open\.md: frontmatter/,
    );
  });

  test("a file that is not UTF-8 text", async () => {
    expect(await problemsOf("not-utf8")).toBe(
      "tests/fixtures/broken/not-utf8/articles/latin1.md: the file is not valid UTF-8 text",
    );
  });

  test("two articles whose names differ only in case: the one that is not a slug is refused", async () => {
    expect(await problemsOf("slug-case")).toBe(
      "tests/fixtures/broken/slug-case/articles/Same-Slug.md: the file name must be lowercase letters, digits and hyphens (it becomes the URL)",
    );
  });

  test("an image from another host", async () => {
    expect(await problemsOf("remote-image")).toBe(
      "tests/fixtures/broken/remote-image/articles/tracker.md:11: images must be files on this site (under public/), not https://tracker.example/pixel.png",
    );
  });

  test("a 5 MB article is refused clearly, before any parsing", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "gloss-huge-"));
    try {
      mkdirSync(path.join(root, "articles"));
      const paragraph = "A sentence about chips that is repeated to make a very long article. ".repeat(20);
      const body = Array.from({ length: 3800 }, () => paragraph).join("\n\n");
      writeFileSync(
        path.join(root, "articles", "huge.md"),
        `---\ntitle: "Huge"\ndek: "Very long."\ndate: 2026-04-24\nauthor:\n  name: "Someone"\n---\n\n${body}\n`,
      );
      const message = await loadContent(root).then(
        () => "loaded",
        (error: Error) => error.message,
      );
      expect(message).toMatch(/articles\/huge\.md: the file is 5\.\d MB; content files are limited to 1 MB$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("a content root without articles", async () => {
    await expect(loadContent("tests/fixtures/nowhere")).rejects.toThrow(
      "tests/fixtures/nowhere/articles: folder not found (set CONTENT_DIR to the content root)",
    );
  });

  test("the error message counts the problems and lists each file once", async () => {
    const message = await loadContent(broken("bad-glossary")).then(
      () => "loaded",
      (reason: Error) => reason.message,
    );
    expect(message.split("\n")[0]).toBe("2 content problems:");
    expect(message.match(/cpu\.md/g)).toHaveLength(1);
  });
});
