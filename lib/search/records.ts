import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Raw } from "mdast-util-to-hast";
import { CHIP_COLUMNS } from "../glossary/chips";
import { formatAlternatives, formatDate, otherNames } from "../format";
import { articlePath, termPath } from "../paths";
import type { Article, GlossaryEntry } from "../schema";
import { DATE_META, KIND_FILTER, NAMES_META, NAMES_SEPARATOR, SHORT_META } from "./fields";

/**
 * What the search index holds of each article and term, written from the content store as the
 * small HTML documents Pagefind reads: the whole archive is indexed, whether or not its pages were
 * written at build time. Only what a reader searches for is in them: an article's headline, dek,
 * text and corrections; a term's name, other names, definition, explanation and chip facts.
 */
export interface SearchRecord {
  url: string;
  content: string;
}

const raw = (html: string): Raw => ({ type: "raw", value: html });
const page = (body: ElementContent) =>
  toHtml(h("html", { lang: "en" }, [h("body", [body])]), { allowDangerousHtml: true });

/** An article's record. */
export function articleRecord(article: Article): SearchRecord {
  const corrections = (article.corrections ?? []).map((correction) =>
    h("p", `Correction, ${formatDate(correction.date)}: ${correction.note}`),
  );
  return {
    url: articlePath(article.slug),
    content: page(
      h(
        "article",
        {
          dataPagefindBody: "",
          dataPagefindFilter: `${KIND_FILTER}:article`,
          dataPagefindMeta: `${DATE_META}:${article.date}`,
        },
        [h("h1", article.title), h("p", article.dek), raw(article.html), ...corrections],
      ),
    ),
  };
}

/** A glossary term's record: its name weighs most, then its other names. */
export function termRecord(entry: GlossaryEntry): SearchRecord {
  const aliases = otherNames(entry.term, entry.aliases);
  const chip = entry.chip;
  return {
    url: termPath(entry.id),
    content: page(
      h("div", { dataPagefindBody: "", dataPagefindFilter: `${KIND_FILTER}:term` }, [
        h(
          "h1",
          {
            dataPagefindMeta: `${NAMES_META}[data-names]`,
            dataNames: [entry.term, ...entry.aliases].join(NAMES_SEPARATOR),
          },
          entry.term,
        ),
        ...(aliases.length > 0
          ? [h("p", { dataPagefindWeight: "7" }, `Also called ${formatAlternatives(aliases)}.`)]
          : []),
        h("p", { dataPagefindMeta: SHORT_META }, entry.short),
        raw(entry.html),
        ...(chip
          ? [
              h(
                "dl",
                CHIP_COLUMNS.flatMap(([key, label]) => [h("dt", label), h("dd", chip[key])]),
              ),
            ]
          : []),
      ]),
    ),
  };
}
