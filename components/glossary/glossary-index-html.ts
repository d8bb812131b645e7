import { h } from "hastscript";
import { formatArticleCount } from "@/lib/format";
import { glossaryIndexId, glossaryIndexTermId, letterId, termPath } from "@/lib/paths";
import type { GlossaryEntry } from "@/lib/schema";
import { knowToggle, renderFragment } from "../shared/html-fragment";

/** The first letter a term is filed under in the A–Z glossary. */
const initialOf = (term: string) => term.charAt(0).toLocaleUpperCase("en");

type IndexEntry = { entry: GlossaryEntry; count: number };

/** The letters the A–Z glossary has terms under, in the index's order. */
export const glossaryLetters = (index: IndexEntry[]) => [...new Set(index.map(({ entry }) => initialOf(entry.term)))];

const articles = (count: number) => (count === 0 ? "No articles yet" : formatArticleCount(count));

/**
 * The A–Z glossary, the map of the site's topics: a section per letter, and in it each term (the
 * target of `/glossary#<id>`) with its definition, how many articles use it, and a link to its page.
 * Its size grows with the glossary, never with the articles.
 */
export function glossaryIndexHtml(index: IndexEntry[]): string {
  return renderFragment(
    ...glossaryLetters(index).map((letter) =>
      h("section", { ariaLabelledBy: letterId(letter) }, [
        h("h2.letter", { id: letterId(letter) }, letter),
        h(
          "ul.term-index",
          index
            .filter(({ entry }) => initialOf(entry.term) === letter)
            .map(({ entry, count }) =>
              h("li.term-entry", { id: glossaryIndexId(entry.id) }, [
                h("h3", { id: glossaryIndexTermId(entry.id) }, [h("a", { href: termPath(entry.id) }, entry.term)]),
                h("p.term-entry-short", entry.short),
                h("p.term-entry-meta", articles(count)),
                knowToggle(entry.id, entry.term),
              ]),
            ),
        ),
      ]),
    ),
  );
}
