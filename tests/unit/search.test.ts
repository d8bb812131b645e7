import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildSearchIndex } from "@/lib/search/build-index";
import { MAX_QUERY_LENGTH } from "@/lib/search/fields";
import { builtPages, pageUrl } from "@/lib/search/pages";
import { cleanQuery, excerptParts, namesMatch, resultSummary, splitNames, words } from "@/lib/search/query";

const GPU = ["GPU", "GPUs", "Graphics Processing Unit"];
const CPU = ["CPU", "CPUs", "Central Processing Unit"];
const GRAVITON = ["AWS Graviton", "Graviton"];

describe("the query", () => {
  test("is read with its spaces closed up, and empty when absent", () => {
    expect(cleanQuery("  graphics \n  processing ")).toBe("graphics processing");
    expect(cleanQuery(null)).toBe("");
    expect(cleanQuery(undefined)).toBe("");
  });

  test("is cut at the limit without splitting a character", () => {
    expect(cleanQuery("a".repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = cleanQuery("😀".repeat(500));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji.endsWith("😀")).toBe(true);
  });

  test("is compared as lower-case words without accents", () => {
    expect(words("Über-GPUs, 2026!")).toEqual(["uber", "gpus", "2026"]);
    expect(words("<b>")).toEqual(["b"]);
    expect(words("  ")).toEqual([]);
  });
});

describe("which terms a query names", () => {
  test("every word of the query begins a word of a name, as it is typed", () => {
    expect(namesMatch("graphics processing", GPU)).toBe(true);
    expect(namesMatch("graph proc", GPU)).toBe(true);
    expect(namesMatch("gpus", GPU)).toBe(true);
    expect(namesMatch("Trainium", ["AWS Trainium", "Trainium"])).toBe(true);
    expect(namesMatch("processing", CPU)).toBe(true);
  });

  test("or a whole name is in the query", () => {
    expect(namesMatch("meta graviton deal", GRAVITON)).toBe(true);
    expect(namesMatch("meta graviton deal", ["Meta"])).toBe(true);
  });

  test("and nothing else", () => {
    expect(namesMatch("graphics processing", CPU)).toBe(false);
    expect(namesMatch("graviton deal", GPU)).toBe(false);
    expect(namesMatch("", GPU)).toBe(false);
    expect(namesMatch("!!", GPU)).toBe(false);
    expect(namesMatch("gpu", [])).toBe(false);
  });

  test("names come from the index joined by a bar", () => {
    expect(splitNames("GPU|GPUs")).toEqual(["GPU", "GPUs"]);
    expect(splitNames(undefined)).toEqual([]);
  });
});

describe("an excerpt", () => {
  test("is text with the words found marked", () => {
    expect(excerptParts("the <mark>GPU</mark> and the <mark>CPU.</mark>")).toEqual([
      { text: "the ", marked: false },
      { text: "GPU", marked: true },
      { text: " and the ", marked: false },
      { text: "CPU.", marked: true },
    ]);
  });

  test("decodes entities, so text reads as written", () => {
    expect(excerptParts("AT&amp;T &lt;b&gt; &#39;x&#x27; &quot;y&quot;")).toEqual([
      { text: "AT&T <b> 'x' \"y\"", marked: false },
    ]);
  });

  test("keeps no markup other than the marks", () => {
    const parts = excerptParts('<img src=x onerror="alert(1)">a <script>b</script>');
    expect(parts.map((part) => part.text).join("")).toBe("a b");
  });
});

describe("the summary", () => {
  test("counts terms and articles for the query", () => {
    expect(resultSummary("GPU", 1, 12)).toBe("1 term and 12 articles for “GPU”.");
    expect(resultSummary("x", 2, 0)).toBe("2 terms for “x”.");
    expect(resultSummary("x", 0, 1)).toBe("1 article for “x”.");
    expect(resultSummary("x", 0, 1234)).toBe("1,234 articles for “x”.");
  });

  test("says when nothing is found", () => {
    expect(resultSummary("zzz", 0, 0)).toBe("Nothing found for “zzz”.");
  });
});

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function site(pages: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "gloss-search-"));
  folders.push(root);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  }
  return root;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const article = (title: string, text: string) =>
  page(
    `<nav>Site chrome</nav><article data-pagefind-body="" data-pagefind-filter="kind:article" data-pagefind-meta="date:2026-04-24"><h1>${title}</h1><p data-pagefind-ignore="">By someone</p><p>${text}</p></article>`,
  );
const term = (name: string, short: string) =>
  page(
    `<div data-pagefind-body="" data-pagefind-filter="kind:term"><h1 data-pagefind-meta="names[data-names]" data-names="${name}">${name}</h1><p data-pagefind-meta="short">${short}</p></div>`,
  );

describe("the pages of a build", () => {
  test("are every HTML file, at the address a reader opens", () => {
    expect(pageUrl("index.html")).toBe("/");
    expect(pageUrl(path.join("articles", "x.html"))).toBe("/articles/x");
    expect(pageUrl(path.join("glossary", "index.html"))).toBe("/glossary");
    const root = site({
      "index.html": page("home"),
      "articles/a.html": page("a"),
      "articles/a.rsc": "not a page",
      "_next/static/x.html": page("not a page"),
      "pagefind/y.html": page("not a page"),
    });
    expect(builtPages(root).map((built) => built.url)).toEqual(["/", "/articles/a"]);
  });
});

describe("the search index", () => {
  test("holds the articles and terms the pages mark, and only Pagefind's search script", async () => {
    const root = site({
      "index.html": page("<h1>Home</h1><p>Every article</p>"),
      "articles/a.html": article("Chips", "Graviton and Trainium."),
      "articles/b.html": article("Clouds", "Rented by the hour."),
      "glossary/gpu.html": term("GPU", "A chip."),
    });
    const output = path.join(root, "pagefind");
    writeFileSync(path.join(root, "stale.txt"), "");
    mkdirSync(output);
    writeFileSync(path.join(output, "stale.pf_fragment"), "from an older build");
    const summary = await buildSearchIndex(root, output);
    expect(summary).toMatchObject({ pages: 4, articles: 2, terms: 1 });
    expect(summary.files).toBeGreaterThan(3);
    expect(summary.bytes).toBeGreaterThan(10_000);
    expect(existsSync(path.join(output, "pagefind.js"))).toBe(true);
    expect(existsSync(path.join(output, "pagefind-ui.js"))).toBe(false);
    expect(existsSync(path.join(output, "stale.pf_fragment"))).toBe(false);
    // Pagefind's own count: the home page, marked for nothing, is not in the index.
    const entry = JSON.parse(readFileSync(path.join(output, "pagefind-entry.json"), "utf8"));
    expect(entry.languages.en.page_count).toBe(3);
  });
});
