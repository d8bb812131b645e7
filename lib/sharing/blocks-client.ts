/**
 * An article's text as links to quotes and highlights read it: its blocks (paragraphs, headings,
 * list items, cells; the innermost only), each as its text with white space collapsed and trimmed,
 * and the way from a point in that text to a point in the page and back.
 */
import "client-only";
import { collapse, lastAtOrBefore, type TextPoint } from "./text-fragment";
import { SELECT } from "../hooks";

const BLOCKS = SELECT.textBlock;

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
 * Where a selected range starts and ends in the collapsed text of `elements`. An end that falls
 * between blocks (a selection begun in the margin above a paragraph, or dragged past the end of one)
 * is taken to the nearest block inside the range: the start to the beginning of the next block, the
 * end to the end of the one before. Undefined when the range holds no block's text.
 */
export function locateRange(elements: Element[], range: Range): { from: TextPoint; to: TextPoint } | undefined {
  let from = locate(elements, range.startContainer, range.startOffset);
  let to = locate(elements, range.endContainer, range.endOffset);
  if (!from) {
    const block = elements.findIndex((el) => range.comparePoint(el, 0) === 0);
    if (block >= 0) from = { block, offset: 0 };
  }
  if (!to) {
    const block = elements.findLastIndex((el) => range.comparePoint(el, el.childNodes.length) === 0);
    if (block >= 0) to = { block, offset: collapse(elements[block].textContent ?? "").trim().length };
  }
  return from && to && (from.block < to.block || (from.block === to.block && from.offset < to.offset))
    ? { from, to }
    : undefined;
}

/**
 * The way from offsets in `element`'s collapsed, trimmed text to DOM points, read once: its text
 * nodes, and the offset in that text where each begins (a run of white space is one character,
 * leading white space none). A node without a run of white space (most of them) maps offset for
 * offset; only a node with one is walked character by character, and only when a point falls in it.
 */
export function textPoints(element: Element): (offset: number) => [Node, number] {
  const nodes: Text[] = [];
  /** Where each node's text begins in the collapsed text, whether it follows white space, and whether
   * it maps offset for offset (no run of white space, and none collapsed away at its start). */
  const starts: number[] = [];
  const afterSpace: boolean[] = [];
  const plain: boolean[] = [];
  let count = 0;
  let space = true;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    nodes.push(node);
    starts.push(count);
    afterSpace.push(space);
    plain.push(!RUN.test(data) && !(space && WHITE.test(data[0])));
    if (data.length === 0) continue;
    if (plain.at(-1)) {
      count += data.length;
      space = WHITE.test(data[data.length - 1]);
      continue;
    }
    for (let i = 0; i < data.length; i++) {
      const white = WHITE.test(data[i]);
      if (white && space) continue;
      count += 1;
      space = white;
    }
  }
  const end: [Node, number] = nodes.length > 0 ? [nodes.at(-1)!, nodes.at(-1)!.data.length] : [element, 0];
  return (offset) => {
    if (offset >= count) return end;
    // The last node that begins at or before the offset.
    const index = lastAtOrBefore(starts, offset);
    const node = nodes[index];
    if (plain[index]) return [node, offset - starts[index]];
    const data = node.data;
    let at = starts[index];
    let inSpace = afterSpace[index];
    for (let i = 0; i < data.length; i++) {
      const white = WHITE.test(data[i]);
      if (white && inSpace) continue;
      if (at === offset) return [node, i];
      at += 1;
      inSpace = white;
    }
    return [node, data.length];
  };
}

/** White space as collapse() reads it (/\s/), and a run of it. */
const WHITE = /\s/;
const RUN = /\s\s/;
