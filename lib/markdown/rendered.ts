import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
import { CLASS } from "../hooks";
import type { Section } from "../schema";

/**
 * remark-html writes the pipeline's HTML; this reads it back once, as a tree, and takes from that
 * one tree everything the other views need (the article page, the feeds, the editor's report), so
 * that nothing parses rendered HTML again.
 */

/** A paragraph or list item as text, with how many term links it carries. */
export interface Block {
  text: string;
  links: number;
}

/** What the views of an article's body take from its rendered HTML. */
export interface BodyViews {
  /** Where "Chips at a glance" goes: the offset in the HTML at which the next section starts, or its end. */
  chipsAt?: number;
  /** The body for feed readers: links absolute, without the self-links and references to the page's glossary. */
  feedBody: string;
  /** The paragraphs and list items as text, for the editor's report. */
  blocks: Block[];
}

interface BodyOptions {
  sections: readonly Section[];
  /** The section after which "Chips at a glance" goes, if any. */
  chipsAfter?: string;
  /** The article's absolute address, which in-page links (`#…`) are made absolute with. */
  pageUrl: string;
  /** Makes a site path (`/glossary/cpu`) absolute. */
  absolute: (path: string) => string;
}

const parse = (html: string): Root => fromHtml(html, { fragment: true });
const elements = (root: Root) => root.children.filter((node): node is Element => node.type === "element");
// Class tests by hand rather than through selectors: this runs for every article of an archive.
const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(name);
const isSelfLink = (node: Element) => hasClass(node, CLASS.headingLink) || hasClass(node, CLASS.paragraphLink);

/** Whether `node` is, or holds, heading `tag` with id `id` (a heading stands in a `div.heading`). */
function holdsHeading(node: Element, tag: string, id: string): boolean {
  if (node.tagName === tag && node.properties.id === id) return true;
  return node.children.some((child) => child.type === "element" && holdsHeading(child, tag, id));
}

/** How many term links `node` holds. */
const termLinks = (node: Element): number =>
  node.children.reduce(
    (sum, child) =>
      child.type !== "element"
        ? sum
        : sum + (child.tagName === "a" && hasClass(child, CLASS.term) ? 1 : termLinks(child)),
    0,
  );

/** The offset in the HTML where the section after `id` starts (the next of the same or a higher level). */
function sectionEnd(root: Root, html: string, sections: readonly Section[], id: string): number {
  const at = sections.findIndex((section) => section.id === id);
  const next = at < 0 ? undefined : sections.slice(at + 1).find((section) => section.depth <= sections[at].depth);
  const block = next && elements(root).find((node) => holdsHeading(node, `h${next.depth}`, next.id));
  return block?.position?.start.offset ?? html.length;
}

function blocksOf(root: Root): Block[] {
  const blocks: Block[] = [];
  visit(root, "element", (node: Element) => {
    if (node.tagName !== "p" && node.tagName !== "li") return;
    blocks.push({ text: toText(node), links: termLinks(node) });
    return "skip";
  });
  return blocks;
}

/** Rewrites the tree for feed readers (changing it): see BodyViews.feedBody. */
function forFeeds(root: Root, { pageUrl, absolute }: BodyOptions): string {
  const walk = (node: Root | Element) => {
    node.children = node.children.filter((child) => !(child.type === "element" && isSelfLink(child)));
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.properties.ariaDescribedBy !== undefined) child.properties.ariaDescribedBy = undefined;
      const href = child.properties.href;
      if (typeof href === "string" && /^[#/]/.test(href)) {
        child.properties.href = href.startsWith("#") ? `${pageUrl}${href}` : absolute(href);
      }
      walk(child);
    }
  };
  walk(root);
  return toHtml(root);
}

/** Reads an article's rendered body once, for every view of it. */
export function readBody(html: string, options: BodyOptions): BodyViews {
  const root = parse(html);
  const chipsAt = options.chipsAfter ? sectionEnd(root, html, options.sections, options.chipsAfter) : undefined;
  const blocks = blocksOf(root);
  // Last: it changes the tree.
  return { chipsAt, blocks, feedBody: forFeeds(root, options) };
}

/** The first block of rendered HTML (a glossary explanation's opening paragraph), or all of it when it has one. */
export function firstBlock(html: string): string {
  const found = elements(parse(html));
  return found.length > 1 ? toHtml(found[0]) : html;
}
