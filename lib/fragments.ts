import type { ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Raw } from "mdast-util-to-hast";
import { definitionId } from "./glossary-links";
import type { Chip, GlossaryEntry, Section } from "./schema";
import { articlePath } from "./site";

/**
 * The static parts of a page that need no JavaScript (the glossary sidebar, the chip table, the A–Z
 * glossary) as HTML fragments. React then places each as one element instead of hydrating hundreds,
 * which keeps the page's start-up work small. Text and attributes are escaped by hast-util-to-html;
 * the only HTML taken as is comes from the Markdown pipeline, which has already sanitized it.
 */

/** HTML from lib/markdown.ts (sanitized there), placed as is. */
const sanitized = (html: string): Raw => ({ type: "raw", value: html });

const render = (...nodes: ElementContent[]) =>
  toHtml({ type: "root", children: nodes } satisfies Root, { allowDangerousHtml: true });

/** "A, B, C": links separated by commas. */
function linkList(links: { href: string; text: string }[]): ElementContent[] {
  return links.flatMap(({ href, text }, index) => [
    ...(index > 0 ? [{ type: "text" as const, value: ", " }] : []),
    h("a", { href }, text),
  ]);
}

/**
 * The glossary beside an article: the terms it uses in order of first appearance, each with its
 * definition (which also describes the term's links in the text), the first paragraph of its
 * explanation, and links back to where it is mentioned.
 */
export function sidebarGlossaryHtml(
  entries: GlossaryEntry[],
  sections: Section[],
  mentions: Record<string, string[]>,
): string {
  const titles = new Map(sections.map((section) => [section.id, section.title]));
  return render(
    h("h2", { id: "glossary-heading" }, "Glossary"),
    h("p.glossary-intro", [
      h("span.screen-only", "The terms this article uses, in the order they appear."),
      h("span.print-only", "The terms marked * in the text, in the order they appear."),
    ]),
    h(
      "dl.glossary-list",
      entries.map((entry) =>
        h("div.glossary-entry", { id: `glossary-${entry.id}` }, [
          h("dt.glossary-term", entry.term),
          h("dd", [
            h("p.glossary-short", { id: definitionId(entry.id) }, entry.short),
            h("div.glossary-explanation", [sanitized(entry.summaryHtml)]),
            ...(entry.summaryHtml !== entry.html
              ? [h("p.glossary-more", [h("a", { href: `/glossary#${entry.id}` }, `More about ${entry.term}`)])]
              : []),
            h("p.glossary-mentions", [
              "Mentioned in: ",
              ...linkList(
                (mentions[entry.id] ?? []).map((section) => ({
                  href: section ? `#${section}` : `#mention-${entry.id}`,
                  text: titles.get(section) ?? "the opening",
                })),
              ),
            ]),
            h("a.glossary-back", { href: `#mention-${entry.id}` }, [
              "Back to the text",
              h("span.visually-hidden", `, where ${entry.term} is first mentioned`),
            ]),
          ]),
        ]),
      ),
    ),
    h("p.glossary-all", [h("a", { href: "/glossary" }, "Every term in the glossary")]),
  );
}

const CHIP_COLUMNS = [
  ["maker", "Made by"],
  ["kind", "Kind of chip"],
  ["instructionSet", "Instruction set"],
  ["use", "Used for"],
  ["sold", "How it is sold"],
] as const;

/**
 * "Chips at a glance": a real table (caption, column and row headers). On narrow screens each row
 * is shown as a card; the explicit roles keep it a table for screen readers whatever its display.
 * `linkTerm` gives where each chip's name links to.
 */
export function chipTableHtml(chips: (GlossaryEntry & { chip: Chip })[], linkTerm: (id: string) => string): string {
  return render(
    h("table", { role: "table" }, [
      h("caption", [
        h("span.chips-title", "Chips at a glance"),
        h("span.chips-note", "The two kinds of chip, then the three chips the article compares. From the glossary."),
      ]),
      h("thead", { role: "rowgroup" }, [
        h("tr", { role: "row" }, [
          h("th", { role: "columnheader", scope: "col" }, "Chip"),
          ...CHIP_COLUMNS.map(([, label]) => h("th", { role: "columnheader", scope: "col" }, label)),
        ]),
      ]),
      h(
        "tbody",
        { role: "rowgroup" },
        chips.map((entry) =>
          h("tr", { role: "row" }, [
            h("th", { role: "rowheader", scope: "row" }, [h("a", { href: linkTerm(entry.id) }, entry.term)]),
            ...CHIP_COLUMNS.map(([key, label]) => h("td", { role: "cell", dataLabel: label }, entry.chip[key])),
          ]),
        ),
      ),
    ]),
  );
}

/** The first letter a term is filed under in the A–Z glossary. */
const initialOf = (term: string) => term.charAt(0).toLocaleUpperCase("en");

type IndexEntry = { entry: GlossaryEntry; articles: { slug: string; title: string }[] };

/** The letters the A–Z glossary has terms under, in the index's order. */
export const glossaryLetters = (index: IndexEntry[]) => [...new Set(index.map(({ entry }) => initialOf(entry.term)))];

/**
 * The A–Z glossary: a section per letter (`#letter-<x>`), and in it each term (`#<id>`) with its
 * definition, whole explanation, related terms and the articles that use it.
 */
export function glossaryIndexHtml(index: IndexEntry[]): string {
  const terms = new Map(index.map(({ entry }) => [entry.id, entry.term]));
  return render(
    ...glossaryLetters(index).map((letter) => {
      const id = `letter-${letter.toLowerCase()}`;
      return h("section", { ariaLabelledBy: id }, [
        h("h2.letter", { id }, letter),
        ...index
          .filter(({ entry }) => initialOf(entry.term) === letter)
          .map(({ entry, articles }) =>
            h("article.term-entry", { id: entry.id, ariaLabelledBy: `${entry.id}-term` }, [
              h("h3", { id: `${entry.id}-term` }, entry.term),
              h("p.term-entry-short", entry.short),
              h("div.term-entry-explanation", [sanitized(entry.html)]),
              ...(entry.related.length > 0
                ? [
                    h("p.term-entry-meta", [
                      "Related: ",
                      ...linkList(entry.related.map((related) => ({ href: `#${related}`, text: terms.get(related) ?? related }))),
                    ]),
                  ]
                : []),
              ...(articles.length > 0
                ? [
                    h("p.term-entry-meta", [
                      "Used in: ",
                      ...linkList(
                        articles.map((article) => ({
                          href: `${articlePath(article.slug)}#mention-${entry.id}`,
                          text: article.title,
                        })),
                      ),
                    ]),
                  ]
                : []),
            ]),
          ),
      ]);
    }),
  );
}
