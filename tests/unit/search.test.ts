import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, describe, expect, test } from "vitest";
import { buildSearchIndex, memorySource } from "@/lib/search/build-index";
import { linkTree } from "@/lib/search/pagefind-files";
import { MAX_QUERY_LENGTH } from "@/lib/search/fields";
import { loadContent } from "@/lib/content/load";
import { articleRecord, termRecord } from "@/lib/search/records";
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

describe("the search index", () => {
  test("holds every article and term of the content, and only Pagefind's search script", async () => {
    const { articles, glossary } = await loadContent("tests/fixtures/content");
    const root = mkdtempSync(path.join(tmpdir(), "gloss-search-"));
    folders.push(root);
    const output = path.join(root, "pagefind");
    mkdirSync(output);
    writeFileSync(path.join(output, "stale.pf_fragment"), "from an older build");
    const summary = await buildSearchIndex(memorySource(articles, glossary.values()), output);
    expect(summary).toMatchObject({ articles: 2, terms: 5, shards: 1 });
    expect(summary.files).toBeGreaterThan(3);
    expect(summary.bytes).toBeGreaterThan(10_000);
    expect(existsSync(path.join(output, "pagefind.js"))).toBe(true);
    expect(existsSync(path.join(output, "pagefind-ui.js"))).toBe(false);
    expect(existsSync(path.join(output, "stale.pf_fragment"))).toBe(false);
    expect(readdirSync(root)).toEqual(["pagefind"]);
    const entry = JSON.parse(readFileSync(path.join(output, "pagefind-entry.json"), "utf8"));
    expect(entry.languages.en.page_count).toBe(7);
    expect(JSON.parse(readFileSync(path.join(output, "shards.json"), "utf8"))).toEqual([]);
  });

  test("a large archive is indexed in shards, oldest first: the newest with the terms, the older listed to merge", async () => {
    const { articles, glossary } = await loadContent("tests/fixtures/site");
    const root = mkdtempSync(path.join(tmpdir(), "gloss-search-"));
    folders.push(root);
    const output = path.join(root, "pagefind");
    const summary = await buildSearchIndex(memorySource(articles, glossary.values()), output, 4);
    expect(summary).toMatchObject({ articles: 6, terms: glossary.size, shards: 2 });
    expect(JSON.parse(readFileSync(path.join(output, "shards.json"), "utf8"))).toEqual(["archive-0"]);
    const pages = (folder: string) =>
      JSON.parse(readFileSync(path.join(folder, "pagefind-entry.json"), "utf8")).languages.en.page_count;
    expect(pages(path.join(output, "archive-0"))).toBe(4);
    expect(pages(output)).toBe(2 + glossary.size);
  });

  test("an older shard whose articles are unchanged is kept as it was; a changed one is indexed again", async () => {
    const { articles, glossary } = await loadContent("tests/fixtures/site");
    const root = mkdtempSync(path.join(tmpdir(), "gloss-search-"));
    folders.push(root);
    const output = path.join(root, "pagefind");
    const first = await buildSearchIndex(memorySource(articles, glossary.values()), output, 2);
    expect(first).toMatchObject({ shards: 3, reused: 0 });
    const shardFiles = (folder: string) =>
      readdirSync(folder, { recursive: true, encoding: "utf8" })
        .filter((name) => statSync(path.join(folder, name)).isFile())
        .sort()
        .map((name) => [name, readFileSync(path.join(folder, name), "utf8")]);
    const before = shardFiles(path.join(output, "archive-1"));
    expect((await buildSearchIndex(memorySource(articles, glossary.values()), output, 2)).reused).toBe(2);
    // Kept file for file: the old index is gone, and the kept shard reads as it did.
    expect(shardFiles(path.join(output, "archive-1"))).toEqual(before);
    // The oldest article is corrected: its shard is indexed again, the next is kept.
    const corrected = articles.map((article, index) =>
      index === articles.length - 1 ? { ...article, dek: `${article.dek} Corrected.` } : article,
    );
    const again = await buildSearchIndex(memorySource(corrected, glossary.values()), output, 2);
    expect(again).toMatchObject({ shards: 3, reused: 1, articles: 6 });
    expect(readdirSync(root)).toEqual(["pagefind"]);
  });
});

describe("a kept shard", () => {
  test("is put into the new index by links: every file, in its folder, unchanged when the old one goes", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "gloss-link-"));
    folders.push(root);
    const from = path.join(root, "old", "archive-0");
    mkdirSync(path.join(from, "fragment"), { recursive: true });
    writeFileSync(path.join(from, "pagefind-entry.json"), "{}");
    writeFileSync(path.join(from, "fragment", "en_1.pf_fragment"), "a fragment");
    const to = path.join(root, "new", "archive-0");
    expect(await linkTree(from, to, 1)).toBe(2);
    expect(statSync(path.join(to, "fragment", "en_1.pf_fragment")).ino).toBe(
      statSync(path.join(from, "fragment", "en_1.pf_fragment")).ino,
    );
    rmSync(path.join(root, "old"), { recursive: true });
    expect(readFileSync(path.join(to, "fragment", "en_1.pf_fragment"), "utf8")).toBe("a fragment");
    expect(readFileSync(path.join(to, "pagefind-entry.json"), "utf8")).toBe("{}");
  });
});

describe("what the index holds of each", () => {
  test("an article: headline, dek, text and corrections, marked as an article with its date; not its byline", async () => {
    const { articles } = await loadContent("tests/fixtures/site");
    const corrected = articles.find((article) => article.corrections?.length)!;
    const record = articleRecord(corrected);
    expect(record.url).toBe(`/articles/${corrected.slug}`);
    const body = JSDOM.fragment(record.content).querySelector("[data-pagefind-body]")!;
    expect(body.getAttribute("data-pagefind-filter")).toBe("kind:article");
    expect(body.getAttribute("data-pagefind-meta")).toBe(`date:${corrected.date}`);
    expect(body.querySelector("h1")!.textContent).toBe(corrected.title);
    expect(body.textContent).toContain(corrected.dek);
    expect(body.textContent).toContain(corrected.corrections![0].note);
    expect(body.textContent).not.toContain(corrected.author.name);
  });

  test("a term: its names for the results, its other names weighted, its definition and chip facts", async () => {
    const { glossary } = await loadContent("tests/fixtures/site");
    const gpu = glossary.get("gpu")!;
    const body = JSDOM.fragment(termRecord(gpu).content).querySelector("[data-pagefind-body]")!;
    expect(body.getAttribute("data-pagefind-filter")).toBe("kind:term");
    expect(body.querySelector("h1")!.getAttribute("data-names")).toBe([gpu.term, ...gpu.aliases].join("|"));
    expect(body.querySelector("[data-pagefind-weight='7']")!.textContent).toMatch(/^Also called /);
    expect(body.querySelector("[data-pagefind-meta='short']")!.textContent).toBe(gpu.short);
    expect(body.querySelector("dl")!.textContent).toContain(gpu.chip!.maker);
  });
});
