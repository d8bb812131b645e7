/**
 * Drawing a reader's highlights on an article with the CSS Custom Highlight API: ranges registered
 * under names the stylesheet paints (`::highlight(…)`), so the page's DOM and text are untouched and
 * nothing moves. Finding each highlight again in the current text (`locateHighlight`) happens here too.
 */
import "client-only";
import { domPoint, locate, readBlocks } from "../sharing/blocks-client";
import {
  anchorOf,
  blockStarts,
  locateHighlight,
  pointAt,
  wholeWords,
  type Highlight,
  type PageText,
  type Span,
} from "./highlights";

/** The names the stylesheet paints: highlights, highlights with a note, and the one being looked at. */
export const PAINT = { plain: "gloss-highlight", noted: "gloss-note", current: "gloss-current" } as const;
/** The performance measure the drawing leaves, which the benchmark reads. */
export const DRAW_MEASURE = "gloss:highlights";

/** Whether this browser can paint highlights without touching the page. */
export const canPaint = () => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/** An article body's text, read once per drawing. */
export function readPage(body: Element) {
  const blocks = readBlocks(body);
  const page: PageText = { ids: blocks.ids, texts: blocks.texts };
  const starts = blockStarts(page);
  return { blocks, page, starts, joined: page.texts.join("\n") };
}
type Read = ReturnType<typeof readPage>;

/** The DOM range of `span` in the page. */
export function rangeOf(read: Read, span: Span): Range {
  const range = document.createRange();
  const from = pointAt(read.starts, span.start);
  const to = pointAt(read.starts, span.end);
  range.setStart(...domPoint(read.blocks.elements[from.block], from.offset));
  range.setEnd(...domPoint(read.blocks.elements[to.block], to.offset));
  return range;
}

/** What a new highlight of `range` keeps (grown to whole words), or null when it holds no text of the article. */
export function anchorRange(read: Read, range: Range) {
  const at = (node: Node, offset: number) => {
    const point = locate(read.blocks.elements, node, offset);
    return point && read.starts[point.block] + point.offset;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined) return null;
  const span = wholeWords(read.joined, { start, end });
  return span ? anchorOf(read.page, span, read.starts, read.joined) : null;
}

export interface Drawn {
  /** Each highlight found, by id, with its range and where it now is. */
  placed: Map<string, { range: Range; span: Span; anchor: ReturnType<typeof anchorOf> }>;
  /** The highlights whose words are no longer in the text. */
  changed: Set<string>;
}

/** Finds `highlights` in `body` and paints them; `current` is painted as the one being looked at. */
export function drawHighlights(body: Element, highlights: readonly Highlight[], current?: string): Drawn {
  const began = performance.now();
  const read = readPage(body);
  const placed: Drawn["placed"] = new Map();
  const changed = new Set<string>();
  const ranges = { plain: [] as Range[], noted: [] as Range[], current: [] as Range[] };
  for (const highlight of highlights) {
    const span = locateHighlight(read.page, highlight, read.starts, read.joined);
    if (!span) {
      changed.add(highlight.id);
      continue;
    }
    const range = rangeOf(read, span);
    placed.set(highlight.id, { range, span, anchor: anchorOf(read.page, span, read.starts, read.joined) });
    ranges[highlight.id === current ? "current" : highlight.note ? "noted" : "plain"].push(range);
  }
  if (canPaint()) {
    for (const [kind, name] of Object.entries(PAINT) as [keyof typeof PAINT, string][]) {
      if (ranges[kind].length > 0) CSS.highlights.set(name, new Highlight(...ranges[kind]));
      else CSS.highlights.delete(name);
    }
  }
  performance.measure(DRAW_MEASURE, { start: began, end: performance.now() });
  return { placed, changed };
}

/** The highlight drawn at the point (x, y) of the viewport, if any. */
export function highlightAt(drawn: Drawn, x: number, y: number): string | undefined {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret ? caret.offsetNode : document.caretRangeFromPoint?.(x, y)?.startContainer;
  const offset = caret ? caret.offset : document.caretRangeFromPoint?.(x, y)?.startOffset;
  if (!node || offset === undefined) return undefined;
  for (const [id, { range }] of drawn.placed) {
    try {
      if (range.isPointInRange(node, offset) && !(range.endContainer === node && range.endOffset === offset)) return id;
    } catch {
      // A point in another document or a detached node: not in this range.
    }
  }
  return undefined;
}
