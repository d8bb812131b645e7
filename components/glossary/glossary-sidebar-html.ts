import { h } from "hastscript";
import { definitionId, GLOSSARY_PATH, mentionId, sidebarEntryId, termPath } from "@/lib/paths";
import type { GlossaryEntry, Section } from "@/lib/schema";
import { knowToggle, linkList, renderFragment, sanitized } from "../shared/html-fragment";
import { CLASS } from "@/lib/hooks";

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
  return renderFragment(
    h("h2", { id: "glossary-heading" }, "Glossary"),
    h("p.glossary-intro", [
      h("span.screen-only", "The terms this article uses, in the order they appear."),
      h("span.print-only", "The terms marked * in the text, in the order they appear."),
    ]),
    h(
      "dl.glossary-list",
      entries.map((entry) =>
        h(`div.${CLASS.glossaryEntry}`, { id: sidebarEntryId(entry.id) }, [
          h(`dt.${CLASS.glossaryTerm}`, entry.term),
          h("dd", [
            h("p.glossary-short", { id: definitionId(entry.id) }, entry.short),
            h("div.glossary-explanation", [sanitized(entry.summaryHtml)]),
            h("p.glossary-more", [
              h("a", { href: termPath(entry.id) }, `More about ${entry.term}`),
              " ",
              knowToggle(entry.id, entry.term),
            ]),
            h("p.glossary-mentions", [
              "Mentioned in: ",
              ...linkList(
                (mentions[entry.id] ?? []).map((section) => ({
                  href: `#${section || mentionId(entry.id)}`,
                  text: titles.get(section) ?? "the opening",
                })),
              ),
            ]),
            h("a.glossary-back", { href: `#${mentionId(entry.id)}` }, [
              "Back to the text",
              h("span.visually-hidden", `, where ${entry.term} is first mentioned`),
            ]),
          ]),
        ]),
      ),
    ),
    h("p.glossary-all", [h("a", { href: GLOSSARY_PATH }, "Every term in the glossary")]),
  );
}
