/**
 * An article's text as links to quotes and highlights read it: its blocks (paragraphs, headings,
 * list items, cells; the innermost only), each as its text with white space collapsed and trimmed,
 * and the way from a point in that text to a point in the page and back.
 */
import "client-only";
import { collapse, type TextPoint } from "./text-fragment";

const BLOCKS = "p, h2, h3, h4, li, pre, blockquote > p, td, th";

export interface Blocks {
  elements: Element[];
  /** Each block's collapsed, trimmed text. */
  texts: string[];
  /** Each block's id ("" for none). */
  ids: string[];
  /** The id of the section each block is in ("" before the first). */
  sections: string[];
}

/** The body's text blocks in order. */
export function readBlocks(body: Element): Blocks {
  const elements = Array.from(body.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  let section = "";
  const sections = elements.map((el) => {
    if (/^H[23]$/.test(el.tagName) && el.id) section = el.id;
    return section;
  });
  return {
    elements,
    texts: elements.map((el) => collapse(el.textContent ?? "").trim()),
    ids: elements.map((el) => el.id),
    sections,
  };
}

/** Where a DOM point falls in the collapsed text of `elements`. */
export function locate(elements: Element[], node: Node, offset: number): TextPoint | undefined {
  const block = elements.findIndex((el) => el.contains(node));
  if (block < 0) return undefined;
  const before = document.createRange();
  before.selectNodeContents(elements[block]);
  before.setEnd(node, offset);
  return { block, offset: collapse(before.toString()).trimStart().length };
}

/**
 * The DOM point at `offset` in `element`'s collapsed, trimmed text: its text walked as the collapsing
 * reads it (a run of white space is one character, leading white space none).
 */
export function domPoint(element: Element, offset: number): [Node, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let count = 0;
  let space = true;
  let last: [Node, number] = [element, 0];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const white = /\s/.test(data[i]);
      if (white && space) continue;
      if (count === offset) return [node, i];
      count += 1;
      space = white;
    }
    last = [node, data.length];
  }
  return last;
}
