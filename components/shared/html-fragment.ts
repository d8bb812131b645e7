import type { ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Raw } from "mdast-util-to-hast";
import { CLASS, DATA, hastProperty } from "@/lib/hooks";

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

/**
 * A term's "I know this" toggle, for the static glossaries (components/known-terms-client.tsx makes
 * it work, and shows it only when scripts run).
 */
export const knowToggle = (id: string, term: string) =>
  h(
    `button.${CLASS.knowToggle}`,
    { type: "button", [hastProperty(DATA.know)]: id, ariaPressed: "false", ariaLabel: `I know this: ${term}` },
    "I know this",
  );

/** "A, B, C": links separated by commas. */
export function linkList(links: { href: string; text: string }[]): ElementContent[] {
  return links.flatMap(({ href, text }, index) => [
    ...(index > 0 ? [{ type: "text" as const, value: ", " }] : []),
    h("a", { href }, text),
  ]);
}
