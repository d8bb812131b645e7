import { h } from "hastscript";
import type { ChipEntry } from "@/lib/schema";
import { CHIP_COLUMNS } from "@/lib/glossary/chips";
import { renderFragment } from "../shared/html-fragment";

/**
 * "Chips at a glance": a real table (caption, column and row headers). On narrow screens each row
 * is shown as a card; browsers keep a table's semantics whatever its CSS display, so it stays a
 * table for screen readers without any `role` (which HTML does not allow on table parts).
 * `linkTerm` gives where each chip's name links to.
 */
export function chipTableHtml(chips: ChipEntry[], linkTerm: (id: string) => string): string {
  return renderFragment(
    h("table", [
      h("caption", [
        h("span.chips-title", "Chips at a glance"),
        h("span.chips-note", "The two kinds of chip, then the three chips the article compares. From the glossary."),
      ]),
      h("thead", [
        h("tr", [
          h("th", { scope: "col" }, "Chip"),
          ...CHIP_COLUMNS.map(([, label]) => h("th", { scope: "col" }, label)),
        ]),
      ]),
      h(
        "tbody",
        chips.map((entry) =>
          h("tr", [
            h("th", { scope: "row" }, [h("a", { href: linkTerm(entry.id) }, entry.term)]),
            ...CHIP_COLUMNS.map(([key, label]) => h("td", { dataLabel: label }, entry.chip[key])),
          ]),
        ),
      ),
    ]),
  );
}
