import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content/load";
import { buildSearchIndex, memorySource, type IndexSummary } from "@/lib/search/build-index";
import { SUGGESTIONS_FILE, VOCABULARY_FILE } from "@/lib/search/fields";
import {
  correctQuery,
  correctWord,
  editDistance,
  readCounts,
  sameWord,
  suggestTerms,
  vocabulary,
  writeVocabulary,
  type TermSuggestion,
  type Vocabulary,
  type WordCounts,
} from "@/lib/search/vocabulary";

const fixture = JSON.parse(readFileSync("tests/fixtures/misspellings.json", "utf8")) as {
  misspelt: [string, string][];
  correct: string[];
};

let root: string;
let summary: IndexSummary;
let counts: WordCounts;
let vocab: Vocabulary;
let terms: TermSuggestion[];

// The vocabulary and the terms as the build writes them beside the index of the fixture site.
beforeAll(async () => {
  const { articles, glossary } = await loadContent("tests/fixtures/site");
  root = mkdtempSync(path.join(tmpdir(), "gloss-vocabulary-"));
  const output = path.join(root, "pagefind");
  // Shards of two articles: the vocabulary beside the script counts every shard's words.
  summary = await buildSearchIndex(memorySource(articles, glossary.values()), output, 2);
  counts = readCounts(readFileSync(path.join(output, VOCABULARY_FILE), "utf8"));
  vocab = vocabulary(counts);
  terms = JSON.parse(readFileSync(path.join(output, SUGGESTIONS_FILE), "utf8"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the vocabulary beside the index", () => {
  test("holds the words of every shard's articles and of the terms, counted, glossary names marked", () => {
    expect(summary.shards).toBe(3);
    expect(counts.counts.get("graviton")).toBeGreaterThan(3);
    expect(counts.names.has("graviton")).toBe(true);
    expect(counts.names.has("trainium")).toBe(true);
    expect(counts.names.has("servers")).toBe(false);
    expect(counts.counts.has("servers")).toBe(true);
    // Short words, numbers and markup are not in it.
    expect(counts.counts.has("of")).toBe(false);
    expect([...counts.counts.keys()].some((word) => /^\d/.test(word))).toBe(false);
    expect(counts.counts.has("href")).toBe(false);
    expect(summary.vocabularyBytes).toBe(Buffer.byteLength(writeVocabulary(counts)));
    expect(summary.vocabularyBytes).toBeLessThan(summary.bytes / 10);
  });

  test("is read back as written, most frequent first", () => {
    const text = writeVocabulary(counts);
    expect(readCounts(text)).toEqual(counts);
    const numbers = text
      .trim()
      .split("\n")
      .map((line) => Number(line.split(" ")[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(readCounts("graviton 3 n\nbroken\n 4\nword x\n").counts).toEqual(new Map([["graviton", 3]]));
  });

  test("the terms for suggestions: every term with its names, definition and page", () => {
    expect(terms.length).toBe(summary.terms);
    expect(terms.find((term) => term.name === "AWS Graviton")).toMatchObject({
      names: "AWS Graviton|Graviton",
      url: "/glossary/graviton",
    });
    expect(terms.every((term) => term.short.length > 10)).toBe(true);
  });
});

describe("whether the index found the word typed", () => {
  test("the word itself, a word it begins, or another form of it", () => {
    expect(sameWord("graviton", "graviton")).toBe(true);
    expect(sameWord("grav", "graviton")).toBe(true);
    expect(sameWord("servers", "server")).toBe(true);
    expect(sameWord("training", "trained")).toBe(true);
  });

  test("not a word that only begins like it", () => {
    expect(sameWord("trainum", "training")).toBe(false);
    expect(sameWord("intell", "intel")).toBe(false);
    expect(sameWord("anthropc", "anthropic")).toBe(false);
    expect(sameWord("inferense", "inference")).toBe(false);
    expect(sameWord("gpus", "cpus")).toBe(false);
  });
});

describe("the edit distance", () => {
  test("counts insertions, deletions, substitutions and neighbouring transpositions as one each", () => {
    expect(editDistance("graviton", "graviton", 2)).toBe(0);
    expect(editDistance("grviton", "graviton", 2)).toBe(1);
    expect(editDistance("graviten", "graviton", 2)).toBe(1);
    expect(editDistance("garviton", "graviton", 2)).toBe(1);
    expect(editDistance("traninum", "trainium", 2)).toBe(2);
  });

  test("stops at its limit", () => {
    expect(editDistance("graviton", "trainium", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 1)).toBe(2);
  });
});

describe("correcting a query", () => {
  test(`the fixture's ${fixture.misspelt.length} misspellings: at least 90% find the word meant first`, () => {
    const missed = fixture.misspelt.filter(([typed, meant]) => correctWord(typed, vocab) !== meant);
    expect(fixture.misspelt.length).toBe(40);
    expect(missed.length, JSON.stringify(missed)).toBeLessThanOrEqual(4);
  });

  test("a word the site holds, a number, a short word is never rewritten", () => {
    for (const word of fixture.correct) expect(correctQuery(word, vocab), word).toBeNull();
    expect(correctQuery("graviton trainium servers", vocab)).toBeNull();
  });

  test("words are corrected one by one; the others keep the reader's spelling and order", () => {
    expect(correctQuery("grviton traninum", vocab)).toBe("graviton trainium");
    expect(correctQuery("Meta's grviton deal", vocab)).toBe("Meta's graviton deal");
    expect(correctQuery("GRVITON", vocab)).toBe("graviton");
  });

  test("a word nothing is near stays as typed", () => {
    expect(correctQuery("zzzzqqqq", vocab)).toBeNull();
    expect(correctWord("xylophone", vocab)).toBeNull();
  });

  test("hostile input is answered at once, as text", () => {
    const hostile = [
      "g".repeat(8000),
      "<script>alert(1)</script> grviton",
      "\u202egrviton\u202c",
      "grv\u0000iton",
      "!!! ??? ...",
      Array.from({ length: 100 }, (_, n) => `grviton${n % 3 ? "" : "x"}`).join(" "),
    ];
    const started = performance.now();
    const answers = hostile.map((query) => correctQuery(query, vocab));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(answers[0]).toBeNull();
    expect(answers[1]).toBe("<script>alert(1)</script> graviton");
    expect(answers[2]).toBe("\u202egraviton\u202c");
    expect(answers[4]).toBeNull();
    expect(answers[5]?.split(" ").every((word) => word === "graviton" || word === "grvitonx")).toBe(true);
  });
});

describe("suggestions as a reader types", () => {
  const names = (typed: string) => suggestTerms(typed, terms).map((term) => term.name);

  test("begin at two letters, by the start of a name or of a word of it, shorter names first", () => {
    expect(names("g")).toEqual([]);
    expect(names("gr")).toEqual(["GPU", "AWS Graviton"]);
    expect(names("Trai")).toEqual(["Training", "AWS Trainium"]);
    expect(names("processing")).toEqual(["CPU", "GPU"]);
    expect(names("amazon web")).toEqual(["AWS"]);
  });

  test("forgive a misspelt beginning", () => {
    expect(names("grvit")[0]).toBe("AWS Graviton");
    expect(names("nvdia")[0]).toBe("Nvidia");
    expect(names("infr")).toContain("Inference");
  });

  test("are at most five, and none for words no term starts with", () => {
    expect(names("a").length).toBe(0);
    expect(suggestTerms("c", terms)).toEqual([]);
    expect(names("an").length).toBeLessThanOrEqual(5);
    expect(names("zzzz")).toEqual([]);
  });
});
