import type { ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Raw } from "mdast-util-to-hast";

/**
 * Static parts of a page that need no JavaScript are built as HTML fragments with hastscript
 * (every text and attribute escaped by hast-util-to-html), so React places each as one element
 * instead of hydrating hundreds. The builders live beside the component that shows them.
 */

/** HTML from the Markdown pipeline (sanitized there), placed as is. */
export const sanitized = (html: string): Raw => ({ type: "raw", value: html });

/** The HTML of `nodes`. */
export const renderFragment = (...nodes: ElementContent[]) =>
  toHtml({ type: "root", children: nodes } satisfies Root, { allowDangerousHtml: true });

/** "A, B, C": links separated by commas. */
export function linkList(links: { href: string; text: string }[]): ElementContent[] {
  return links.flatMap(({ href, text }, index) => [
    ...(index > 0 ? [{ type: "text" as const, value: ", " }] : []),
    h("a", { href }, text),
  ]);
}
