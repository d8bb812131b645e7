import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
import { afterAll, describe, expect, test } from "vitest";
import { frontmatterLines } from "@/lib/content/files";
import { loadContent } from "@/lib/content";
import { glossaryCoverage } from "@/lib/editor/coverage";
import { escapeMarkdown, importArticle, ImportError, paragraphsOf, slugFor } from "@/lib/editor/import";
import { checkContent } from "@/lib/editor/report";
import { createRenderer } from "@/lib/markdown/render";

const TSX = path.resolve("node_modules/.bin/tsx");
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const tempFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), "gloss-editor-"));
  folders.push(folder);
  return folder;
};

/** The text of each paragraph `markdown` renders to, as a reader sees it. */
function renderedParagraphs(markdown: string): string[] {
  const { html } = createRenderer({ anchors: false })(markdown);
  const texts: string[] = [];
  visit(fromHtml(html, { fragment: true }), "element", (node: Element) => {
    if (node.tagName === "p") texts.push(toText(node));
  });
  return texts;
}

const OPTIONS = { title: "A story", date: "2026-04-24", author: "A. Writer" };

describe("importing plain text", () => {
  test("paragraphs are blocks between blank lines, or lines when there are none", () => {
    expect(paragraphsOf("One line\nwrapped.\n\nTwo.\r\n\r\n\r\nThree.  ")).toEqual([
      "One line wrapped.",
      "Two.",
      "Three.",
    ]);
    expect(paragraphsOf("\uFEFFFirst.\nSecond.\n\n")).toEqual(["First.", "Second."]);
    expect(paragraphsOf(" \n \n")).toEqual([]);
  });

  test("text that looks like Markdown renders as the same text", () => {
    const tricky = [
      "Stars *like this* and _underscores_ and `backticks` and a \\ backslash.",
      "# Not a heading, and [not](a link) or ![an](image.png), nor <b>HTML</b> or <https://example.com>.",
      "1. Not a list, nor 2) this one.",
      "- Not a bullet.",
      "+ Nor this.",
      "> Not a quote.",
      "AT&T &amp; &copy; stay as written, as does {#not-an-id}.",
      "---",
      "=== and *** and ___",
      "    Indented text is not code.",
    ];
    const imported = importArticle(tricky.join("\n\n"), OPTIONS);
    expect(renderedParagraphs(imported.markdown.split("---\n").slice(2).join("---\n"))).toEqual(
      tricky.map((text) => text.trim()),
    );
  });

  test("escapes only what would change the text", () => {
    expect(escapeMarkdown("Meta's $10 billion deal, 50% done.")).toBe("Meta's $10 billion deal, 50% done.");
    expect(escapeMarkdown("2026. A year")).toBe("2026\\. A year");
  });

  test("writes valid frontmatter, the dek from the first sentence unless given, and the bio from the last paragraph", () => {
    const imported = importArticle("First sentence. Second one.\nMiddle.\nThe author writes things.", {
      ...OPTIONS,
      bioLast: true,
      source: { name: "Wire", url: "https://example.com/story" },
    });
    expect(imported.paragraphs).toEqual(["First sentence. Second one.", "Middle."]);
    expect(imported.frontmatter).toMatchObject({
      title: "A story",
      dek: "First sentence.",
      date: "2026-04-24",
      author: { name: "A. Writer", bio: "The author writes things." },
      source: { name: "Wire", url: "https://example.com/story" },
    });
    expect(imported.dekFromText).toBe(true);
    expect(imported.markdown).toMatch(/^---\ntitle: A story\ndek: First sentence\.\ndate: "2026-04-24"\n/);
    expect(importArticle("Text.", { ...OPTIONS, dek: "Given." }).frontmatter.dek).toBe("Given.");
  });

  test("refuses a date that is not a date, a bad source URL and empty text", () => {
    expect(() => importArticle("Text.", { ...OPTIONS, date: "2026-02-30" })).toThrow(
      new ImportError('date: Expected a date, received "2026-02-30"'),
    );
    expect(() => importArticle("Text.", { ...OPTIONS, source: { name: "W", url: "ftp://x" } })).toThrow(
      /^source\.url: Expected an http\(s\) URL$/,
    );
    expect(() => importArticle("  \n", OPTIONS)).toThrow("the text is empty");
    expect(() => importArticle("Only a bio.", { ...OPTIONS, bioLast: true })).toThrow("no paragraph besides the bio");
  });

  test("slugs come from the headline", () => {
    expect(slugFor("Meta commits to Amazon's Graviton CPUs for its AI infrastructure")).toBe(
      "meta-commits-to-amazons-graviton-cpus-for-its",
    );
    expect(slugFor("Über – chips!")).toBe("uber-chips");
  });
});

// Each of these starts the command in a process of its own: seconds, not milliseconds.
describe("npm run new", { timeout: 30_000 }, () => {
  const run = (args: string[], content: string, input?: string) =>
    spawnSync(TSX, ["lib/commands/new.ts", ...args], {
      env: { ...process.env, CONTENT_DIR: content },
      input,
      encoding: "utf8",
    });

  test("writes the article, says what to do next, and never overwrites it", () => {
    const content = tempFolder();
    mkdirSync(path.join(content, "articles"));
    const story = path.join(content, "story.txt");
    writeFileSync(story, "The first paragraph.\n\nThe second.\n\nThe author's bio.\n");
    const args = [story, "--title", "A new story", "--date", "2026-04-24", "--author", "A. Writer", "--bio-last"];
    const first = run(args, content);
    expect(first.status).toBe(0);
    const file = path.join(content, "articles", "a-new-story.md");
    expect(first.stdout).toContain(`: 2 paragraphs, 5 words, and the author's bio from the last paragraph.`);
    expect(first.stdout).toContain("npm run check");
    const written = readFileSync(file, "utf8");
    expect(written).toContain("bio: The author's bio.");
    const again = run(args, content);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/a-new-story\.md already exists; nothing was written/);
    expect(readFileSync(file, "utf8")).toBe(written);
  });

  test("reads standard input, and refuses a bad date naming the option", () => {
    const content = tempFolder();
    mkdirSync(path.join(content, "articles"));
    const ok = run(
      ["-", "--title", "From stdin", "--date", "2026-04-24", "--author", "W", "--slug", "piped"],
      content,
      "Text.",
    );
    expect(ok.status).toBe(0);
    expect(readFileSync(path.join(content, "articles", "piped.md"), "utf8")).toContain("\nText.\n");
    const bad = run(["-", "--title", "T", "--date", "24/04/2026", "--author", "W"], content, "Text.");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('npm run new: --date: Expected a date, received "24/04/2026"\n');
  });

  test("credits the reporting a story retells, and names the option a credit lacks", () => {
    const content = tempFolder();
    mkdirSync(path.join(content, "articles"));
    const base = ["-", "--title", "Retold", "--date", "2026-04-25", "--author", "W"];
    const credit = ["--based-on-publication", "Wire", "--based-on-author", "A. Reporter"];
    const ok = run(
      [
        ...base,
        ...credit,
        "--based-on-title",
        "The scoop",
        "--based-on-date",
        "2026-04-24",
        "--based-on-url",
        "https://example.com/scoop",
      ],
      content,
      "Text.",
    );
    expect(ok.status).toBe(0);
    const written = readFileSync(path.join(content, "articles", "retold.md"), "utf8");
    expect(written).toContain(
      'basedOn:\n  publication: Wire\n  author: A. Reporter\n  title: The scoop\n  date: "2026-04-24"\n  url: https://example.com/scoop\n',
    );
    const partial = run([...base, "--slug", "partial", ...credit], content, "Text.");
    expect(partial.status).toBe(1);
    expect(partial.stderr).toBe("npm run new: --based-on-title: Required\n");
  });
});

describe("frontmatter lines", () => {
  const lineOf = frontmatterLines(
    [
      'title: "T"',
      "author:",
      "  name: A",
      "  bio: B",
      "corrections:",
      "  - date: x",
      "    note: y",
      "  - date: z",
      'aliases: ["a"]',
    ].join("\n"),
  );

  test("finds fields, nested fields and list items, counting the opening --- as line 1", () => {
    expect(lineOf(["title"])).toBe(2);
    expect(lineOf(["author", "bio"])).toBe(5);
    expect(lineOf(["corrections", 1, "date"])).toBe(9);
    expect(lineOf(["corrections", 0, "note"])).toBe(8);
  });

  test("points at the nearest written line when a field is not written, and at nothing at the top", () => {
    expect(lineOf(["author", "missing"])).toBe(3);
    expect(lineOf(["aliases", 0])).toBe(10);
    expect(lineOf(["name"])).toBeUndefined();
  });
});

describe("npm run check", () => {
  test("says how much content it checked and exits 0 when nothing is wrong", async () => {
    const report = await checkContent("tests/fixtures/site");
    expect(report).toEqual({
      status: 0,
      output: "tests/fixtures/site: 6 articles, 13 terms, 8 sections; no problems.",
    });
  });

  test("lists every problem with file, line and field, and exits 1", async () => {
    const report = await checkContent("tests/fixtures/broken/missing-fields");
    expect(report.status).toBe(1);
    expect(report.output).toBe(
      [
        "tests/fixtures/broken/missing-fields/articles/bare.md: frontmatter does not match the article schema",
        "  title: Required",
        "  dek (line 2): Expected some text, received an empty string",
        '  author (line 4): Expected fields (name, bio), received "Someone"',
        "  titel (line 5): Unknown field (check its spelling)",
        "",
        "1 file with problems in tests/fixtures/broken/missing-fields. Fix it and run `npm run check` again: the build stops on the same problems.",
      ].join("\n"),
    );
  });

  test("fails on every broken fixture, as the build does", async () => {
    for (const name of ["bad-date", "unknown-terms", "h1-in-body", "duplicate-phrase", "early-update", "not-yaml"]) {
      const report = await checkContent(`tests/fixtures/broken/${name}`);
      expect(report.status, name).toBe(1);
      expect(report.output, name).toContain(`tests/fixtures/broken/${name}/`);
    }
  });

  test("an update or a correction before the article's date is refused, with its line", async () => {
    const report = await checkContent("tests/fixtures/broken/early-update");
    expect(report.output.split("\n").slice(0, 2)).toEqual([
      "tests/fixtures/broken/early-update/articles/late.md: updated (line 5): 2026-04-01 is before the article's date, 2026-04-18",
      "tests/fixtures/broken/early-update/articles/late.md: corrections.1.date (line 9): 2026-03-30 is before the article's date, 2026-04-18",
    ]);
  });

  test("runs as a command, with the exit status", { timeout: 30_000 }, () => {
    const good = spawnSync(TSX, ["lib/commands/check.ts"], {
      env: { ...process.env, CONTENT_DIR: "tests/fixtures/site" },
      encoding: "utf8",
    });
    expect([good.status, good.stdout]).toEqual([
      0,
      "tests/fixtures/site: 6 articles, 13 terms, 8 sections; no problems.\n",
    ]);
    const bad = spawnSync(TSX, ["lib/commands/check.ts", "--json"], {
      env: { ...process.env, CONTENT_DIR: "tests/fixtures/broken/bad-date" },
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stderr).problems).toEqual([
      'tests/fixtures/broken/bad-date/articles/x.md: frontmatter does not match the article schema\n  date (line 4): Expected a date, received "soon"',
    ]);
  });
});

describe("glossary coverage", () => {
  const coverage = async () => {
    const { articles, glossary } = await loadContent("tests/fixtures/coverage");
    return glossaryCoverage(articles, glossary);
  };

  test("lists the acronyms, model names, proper names and recurring phrases the glossary lacks, most frequent first", async () => {
    const memory = (await coverage()).articles.find((article) => article.slug === "memory")!;
    expect(memory.candidates).toEqual([
      { phrase: "H100", kind: "model", count: 2 },
      { phrase: "memory bandwidth", kind: "phrase", count: 2 },
      { phrase: "Google", kind: "name", count: 1 },
      { phrase: "HBM", kind: "acronym", count: 1 },
      { phrase: "Jensen Huang", kind: "name", count: 1 },
      { phrase: "Olympus", kind: "name", count: 1 },
      { phrase: "TPU", kind: "acronym", count: 1 },
    ]);
  });

  test("leaves out what the glossary explains, months, acronyms everyone knows and words that only open sentences", async () => {
    const phrases = (await coverage()).articles.flatMap((article) => article.candidates.map((c) => c.phrase));
    for (const known of ["Nvidia", "GPU", "CPU", "March", "CEO", "However", "The", "Yet", "Labs"]) {
      expect(phrases).not.toContain(known);
    }
  });

  test("a phrase counts when it recurs across articles", async () => {
    const bandwidth = (await coverage()).articles.find((article) => article.slug === "bandwidth")!;
    expect(bandwidth.candidates).toEqual([{ phrase: "memory bandwidth", kind: "phrase", count: 1 }]);
  });

  test("names the terms no article uses and the articles whose links crowd a paragraph", async () => {
    const result = await coverage();
    expect(result.unusedTerms).toEqual(["quantum-annealer"]);
    expect(result.dense.map((article) => [article.slug, article.mostLinksInParagraph])).toEqual([["crowded", 5]]);
  });

  test("reads as text an editor acts on, or as JSON", async () => {
    const text = await checkContent("tests/fixtures/coverage", { terms: true });
    expect(text.output).toContain(
      "tests/fixtures/coverage/articles/memory.md\n  Not in the glossary: H100 (2×, model), memory bandwidth (2×, phrase),",
    );
    expect(text.output).toContain(
      "Terms no article uses: quantum-annealer (tests/fixtures/coverage/glossary/quantum-annealer.md)",
    );
    const json = JSON.parse(
      (await checkContent("tests/fixtures/coverage", { terms: true, json: true, only: ["crowded"] })).output,
    );
    expect(json.coverage.articles.map((article: { slug: string }) => article.slug)).toEqual(["crowded"]);
    expect((await checkContent("tests/fixtures/coverage", { terms: true, only: ["nope"] })).status).toBe(1);
  });
});
