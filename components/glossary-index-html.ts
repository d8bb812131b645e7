import { h } from "hastscript";
import { articlePath, glossaryIndexId, glossaryIndexTermId, letterId, mentionId } from "@/lib/paths";
import type { GlossaryEntry } from "@/lib/schema";
import { linkList, renderFragment, sanitized } from "./html-fragment";

/** The first letter a term is filed under in the A–Z glossary. */
const initialOf = (term: string) => term.charAt(0).toLocaleUpperCase("en");

type IndexEntry = { entry: GlossaryEntry; articles: { slug: string; title: string }[] };

/** The letters the A–Z glossary has terms under, in the index's order. */
export const glossaryLetters = (index: IndexEntry[]) => [...new Set(index.map(({ entry }) => initialOf(entry.term)))];

/**
 * The A–Z glossary: a section per letter, and in it each term with its definition, whole
 * explanation, related terms and the articles that use it.
 */
export function glossaryIndexHtml(index: IndexEntry[]): string {
  const terms = new Map(index.map(({ entry }) => [entry.id, entry.term]));
  return renderFragment(
    ...glossaryLetters(index).map((letter) =>
      h("section", { ariaLabelledBy: letterId(letter) }, [
        h("h2.letter", { id: letterId(letter) }, letter),
        ...index
          .filter(({ entry }) => initialOf(entry.term) === letter)
          .map(({ entry, articles }) =>
            h("article.term-entry", { id: glossaryIndexId(entry.id), ariaLabelledBy: glossaryIndexTermId(entry.id) }, [
              h("h3", { id: glossaryIndexTermId(entry.id) }, entry.term),
              h("p.term-entry-short", entry.short),
              h("div.term-entry-explanation", [sanitized(entry.html)]),
              ...(entry.related.length > 0
                ? [
                    h("p.term-entry-meta", [
                      "Related: ",
                      ...linkList(
                        entry.related.map((id) => ({ href: `#${glossaryIndexId(id)}`, text: terms.get(id) ?? id })),
                      ),
                    ]),
                  ]
                : []),
              ...(articles.length > 0
                ? [
                    h("p.term-entry-meta", [
                      "Used in: ",
                      ...linkList(
                        articles.map((article) => ({
                          href: `${articlePath(article.slug)}#${mentionId(entry.id)}`,
                          text: article.title,
                        })),
                      ),
                    ]),
                  ]
                : []),
            ]),
          ),
      ]),
    ),
  );
}
