import { describe, expect, test } from "vitest";
import {
  anchorOf,
  asHighlight,
  blockStarts,
  CONTEXT_CHARS,
  locateHighlight,
  mayHold,
  merge,
  parseHighlights,
  wholeWords,
  type Highlight,
  type PageText,
} from "@/lib/highlights/highlights";
import {
  fromAnnotations,
  highlightLink,
  ImportError,
  IMPORT_LIMIT_BYTES,
  textDirective,
  toAnnotations,
  toMarkdown,
} from "@/lib/highlights/exchange";

const PAGE: PageText = {
  ids: ["the-visit", "p-engineers-at-the-lab", "p-the-director-explained", ""],
  texts: [
    "The visit",
    "Engineers at the lab run the same programs on different chips.",
    "The director explained the plan: measure every step, then decide which chip runs each one.",
    "A list item about chips.",
  ],
};
const joined = (page: PageText) => page.texts.join("\n");

/** A highlight of `words` (its first occurrence) in `page`, as the article page makes one. */
function made(words: string, page = PAGE, fields: Partial<Highlight> = {}): Highlight {
  const start = joined(page).indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return {
    id: "h1",
    slug: "inside-the-lab",
    title: "Inside the lab",
    published: "2026-05-12",
    ...anchorOf(page, { start, end: start + words.length }),
    note: "",
    created: 1_000,
    modified: 1_000,
    ...fields,
  };
}

const at = (page: PageText, words: string) => {
  const start = joined(page).indexOf(words);
  return { start, end: start + words.length };
};

describe("a highlight is kept", () => {
  test("by its paragraph's id, its offset there, its words and a little text either side", () => {
    const h = made("measure every step");
    expect(h).toMatchObject({ block: "p-the-director-explained", start: 33, exact: "measure every step" });
    expect(h.prefix).toBe("The director explained the plan: ".slice(-CONTEXT_CHARS));
    expect(h.suffix).toBe(", then decide which chip runs ea");
    expect(h.suffix.length).toBeLessThanOrEqual(CONTEXT_CHARS);
  });

  test("grown to whole words, without white space at its ends", () => {
    const text = joined(PAGE);
    const span = wholeWords(text, { start: text.indexOf("asure"), end: text.indexOf("ery step") + 3 });
    expect(text.slice(span!.start, span!.end)).toBe("measure every");
    expect(wholeWords(text, { start: 9, end: 10 })).toBeNull();
  });

  test("read back from storage without anything malformed, too long or unsafe", () => {
    const good = made("measure every step");
    const saved = JSON.stringify([
      good,
      { ...good, id: "bad slug", slug: "../etc" },
      { ...good, id: "h2", note: "x".repeat(10_000) },
      { ...good, id: "h3", exact: "   " },
      { ...good, id: "h4", block: "<img>" },
      "text",
      null,
    ]);
    expect(parseHighlights(saved)).toEqual([good]);
    expect(parseHighlights("{not json")).toEqual([]);
    expect(parseHighlights(null)).toEqual([]);
    expect(asHighlight({ ...good, changed: true })?.changed).toBe(true);
    expect(mayHold(saved, "inside-the-lab")).toBe(true);
    expect(mayHold(saved, "another")).toBe(false);
  });
});

describe("finding a highlight again", () => {
  test("where it was", () => {
    expect(locateHighlight(PAGE, made("measure every step"))).toEqual(at(PAGE, "measure every step"));
  });

  test("after an edit elsewhere: another paragraph added, or words added before it in its own", () => {
    const h = made("measure every step");
    const added: PageText = {
      ids: ["the-visit", "p-a-new-paragraph", ...PAGE.ids.slice(1)],
      texts: ["The visit", "A new paragraph, added by a correction.", ...PAGE.texts.slice(1)],
    };
    expect(locateHighlight(added, h)).toEqual(at(added, "measure every step"));
    const longer: PageText = {
      ids: PAGE.ids,
      texts: PAGE.texts.map((text) =>
        text.replace("The director explained the plan", "The lab's director explained the plan"),
      ),
    };
    expect(locateHighlight(longer, h)).toEqual(at(longer, "measure every step"));
  });

  test("not at all when its own words changed: it is reported, never drawn on other words", () => {
    const h = made("measure every step");
    const edited: PageText = {
      ids: PAGE.ids,
      texts: PAGE.texts.map((text) => text.replace("measure every", "time each")),
    };
    expect(locateHighlight(edited, h)).toBeNull();
  });

  test("a word that occurs twice is found by its context, and a short one whose context is gone not at all", () => {
    const second = made("chip runs", PAGE);
    expect(locateHighlight(PAGE, { ...second, block: "", start: 0 })).toEqual(at(PAGE, "chip runs"));
    const lost = { ...made("chip runs"), block: "", prefix: "nothing like this ", suffix: " or this" };
    expect(locateHighlight(PAGE, lost)).toBeNull();
  });

  test("whole words only: a highlight of a word is not found inside a longer one", () => {
    const page: PageText = { ids: ["p-one"], texts: ["Many chips, one chip."] };
    const h = { ...made("chip", page), ...anchorOf(page, { start: 16, end: 20 }) };
    expect(locateHighlight(page, { ...h, start: 0, block: "" })).toEqual({ start: 16, end: 20 });
  });

  test("a quote across paragraphs", () => {
    const words = "different chips.\nThe director";
    const h = made(words);
    expect(locateHighlight(PAGE, h)).toEqual(at(PAGE, words));
    expect(blockStarts(PAGE)[1]).toBe("The visit\n".length);
  });
});

describe("merging an import", () => {
  test("adds what is new, takes a newer version of a kept one, and never an older", () => {
    const kept = made("measure every step", PAGE, { note: "mine", modified: 5 });
    const newer = { ...kept, note: "edited", modified: 9 };
    const older = { ...kept, note: "old", modified: 1 };
    const other = made("different chips", PAGE, { id: "h2" });
    expect(merge([kept], [other])).toMatchObject({ added: 1, updated: 0 });
    expect(merge([kept], [newer])).toMatchObject({ added: 0, updated: 1, highlights: [newer] });
    expect(merge([kept], [older])).toMatchObject({ added: 0, updated: 0, highlights: [kept] });
  });
});

describe("exports", () => {
  const noted = made("measure every step", PAGE, { note: "Measure first.\nThen decide.", created: 2_000 });
  const plain = made("different chips", PAGE, { id: "h2", created: 1_000 });
  const elsewhere = {
    ...made("The visit"),
    id: "h3",
    slug: "another-story",
    title: "Another [story]",
    published: "2026-06-01",
    created: 3_000,
  };

  test("Markdown: per article its title linked and its date, then each quote as a block quote, its note and its link", () => {
    const markdown = toMarkdown([plain, noted, elsewhere], "https://gloss.example");
    expect(markdown).toBe(
      [
        "# Highlights from Gloss",
        "",
        "## [Another \\[story\\]](https://gloss.example/articles/another-story)",
        "",
        "Published 1 June 2026.",
        "",
        "> The visit",
        "",
        `[Go to the quote](https://gloss.example/articles/another-story#the-visit${textDirective(elsewhere)})`,
        "",
        "## [Inside the lab](https://gloss.example/articles/inside-the-lab)",
        "",
        "Published 12 May 2026.",
        "",
        "> measure every step",
        "",
        "Measure first.\nThen decide.",
        "",
        `[Go to the quote](https://gloss.example/articles/inside-the-lab#p-the-director-explained${textDirective(noted)})`,
        "",
        "> different chips",
        "",
        `[Go to the quote](https://gloss.example/articles/inside-the-lab#p-engineers-at-the-lab${textDirective(plain)})`,
        "",
      ].join("\n"),
    );
  });

  test("a link to the words: a few words of context either side, its syntax and brackets encoded", () => {
    expect(textDirective(noted)).toBe(":~:text=explained%20the%20plan%3A-,measure%20every%20step,-%2C%20then%20decide");
    const odd = { exact: "step-by-step (roughly)", prefix: "a ", suffix: "" };
    expect(textDirective(odd)).toBe(":~:text=step%2Dby%2Dstep%20%28roughly%29");
    expect(highlightLink({ ...noted, changed: true })).toBe("/articles/inside-the-lab#p-the-director-explained");
  });

  test("JSON: a W3C Web Annotation collection that an import reads back whole", () => {
    const collection = toAnnotations([noted, plain, elsewhere], "https://gloss.example");
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 3, first: { type: "AnnotationPage" } });
    expect(collection["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
    const annotation = collection.first.items.find((item) => item.id === "urn:uuid:h1")!;
    expect(annotation).toMatchObject({
      type: "Annotation",
      motivation: "commenting",
      body: { type: "TextualBody", value: "Measure first.\nThen decide.", format: "text/plain" },
      target: {
        source: { id: "https://gloss.example/articles/inside-the-lab", title: "Inside the lab", issued: "2026-05-12" },
        selector: [
          { type: "TextQuoteSelector", exact: "measure every step", prefix: noted.prefix, suffix: noted.suffix },
          {
            type: "FragmentSelector",
            value: "p-the-director-explained",
            refinedBy: { type: "TextPositionSelector", start: 33, end: 51 },
          },
        ],
      },
    });
    const text = JSON.stringify(collection);
    expect(fromAnnotations(text).sort((a, b) => a.id.localeCompare(b.id))).toEqual([noted, plain, elsewhere]);
  });
});

describe("an import", () => {
  const one = (fields: Record<string, unknown> = {}) =>
    JSON.stringify({
      type: "Annotation",
      id: "https://other.example/annotations/42",
      created: "2026-05-20T10:00:00Z",
      body: { type: "TextualBody", value: "<script>alert(1)</script>" },
      target: {
        source: "https://gloss.example/articles/inside-the-lab",
        selector: { type: "TextQuoteSelector", exact: "chips" },
      },
      ...fields,
    });

  test("of one annotation from another tool: its id made a name, its note kept as the text it is", () => {
    const [h] = fromAnnotations(one());
    expect(h).toMatchObject({
      id: "https-other-example-annotations-42",
      slug: "inside-the-lab",
      title: "inside-the-lab",
    });
    expect(h.note).toBe("<script>alert(1)</script>");
    expect(h.modified).toBe(h.created);
  });

  test("is refused whole, saying why, when it is too large, not JSON, not annotations, or one is malformed", () => {
    const refused = (text: string, bytes?: number) => {
      try {
        fromAnnotations(text, bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        return (error as Error).message;
      }
      throw new Error("accepted");
    };
    expect(refused("", IMPORT_LIMIT_BYTES + 1)).toMatch(/^The file is 5\.0 MB/);
    expect(refused("<html>")).toMatch(/not JSON/);
    expect(refused(JSON.stringify({ highlights: [] }))).toMatch(/not a file of highlights/);
    expect(refused(JSON.stringify([]))).toMatch(/holds no highlights/);
    expect(refused(`[${one()}, ${one({ target: { source: "https://gloss.example/about" } })}]`)).toMatch(
      /^Annotation 2: its source "https:\/\/gloss.example\/about" is not an article of Gloss\.$/,
    );
    expect(refused(one({ created: "yesterday" }))).toMatch(/^Annotation 1: .*malformed/);
    expect(refused(one({ target: { source: "https://gloss.example/articles/x", selector: [] } }))).toMatch(
      /TextQuoteSelector/,
    );
  });
});
