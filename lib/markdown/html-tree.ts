import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toHtml } from "hast-util-to-html";
import type { Section } from "../schema";

/**
 * Work on rendered HTML as a syntax tree, never as a string: the pipeline's output is parsed back
 * into hast, changed there, and written out again.
 */

/** Rendered HTML as a tree to read or edit. */
export const parseHtml = (html: string): Root => fromHtml(html, { fragment: true });

/** The root's children that are elements (no white space between blocks). */
const blocks = (root: Root) => root.children.filter((node): node is Element => node.type === "element");

const write = (nodes: RootContent[]) => toHtml({ type: "root", children: nodes });

/**
 * Splits rendered body HTML at the end of section `id` (where the next section of the same or a
 * higher level starts), so that something can be shown after that section. Without such a section,
 * everything comes before.
 */
export function splitAfterSection(html: string, sections: readonly Section[], id: string): [string, string] {
  const at = sections.findIndex((section) => section.id === id);
  const next = at < 0 ? undefined : sections.slice(at + 1).find((section) => section.depth <= sections[at].depth);
  if (!next) return [html, ""];
  const root = parseHtml(html);
  const index = root.children.findIndex(
    (node) => node.type === "element" && select(`h${next.depth}#${next.id}`, node) !== undefined,
  );
  if (index < 0) return [html, ""];
  return [write(root.children.slice(0, index)), write(root.children.slice(index))];
}

/** The first block of rendered HTML (a glossary explanation's opening paragraph), or all of it when it has one. */
export function firstBlock(html: string): string {
  const found = blocks(parseHtml(html));
  return found.length > 1 ? toHtml(found[0]) : html;
}

/** Parses rendered HTML, lets `edit` change the tree in place, and writes the result. */
export function editHtml(html: string, edit: (tree: Root) => void): string {
  const root = parseHtml(html);
  edit(root);
  return toHtml(root);
}
