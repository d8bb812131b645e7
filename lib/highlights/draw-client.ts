/**
 * Drawing a reader's highlights on an article with the CSS Custom Highlight API: ranges registered
 * under names the stylesheet paints (`::highlight(…)`), so the page's DOM and text are untouched and
 * nothing moves. Finding each highlight again in the current text (`locateHighlight`) happens here too.
 */
import "client-only";
import { locate, locateRange, readBlocks, textPoints } from "../sharing/blocks-client";
import {
  DRAW_MEASURE,
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

/** Whether this browser can paint highlights without touching the page. */
export const canPaint = () => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/** An article body's text, read once per drawing. */
export function readPage(body: Element) {
  const blocks = readBlocks(body);
  const page: PageText = { ids: blocks.ids, texts: blocks.texts };
  const starts = blockStarts(page);
  // Each block's way from text offsets to DOM points, read when a highlight first needs it.
  const points = new Map<number, (offset: number) => [Node, number]>();
  const point = (block: number, offset: number) => {
    let map = points.get(block);
    if (!map) points.set(block, (map = textPoints(blocks.elements[block])));
    return map(offset);
  };
  const indexes = new Map(blocks.ids.map((id, index) => [id, index]));
  const blockIndex = (id: string) => indexes.get(id) ?? -1;
  return { blocks, page, starts, joined: page.texts.join("\n"), point, blockIndex };
}
type Read = ReturnType<typeof readPage>;

/** Where `span` starts and ends in the page's DOM. */
function boundaries(read: Read, span: Span) {
  const from = pointAt(read.starts, span.start);
  const to = pointAt(read.starts, span.end);
  const [startContainer, startOffset] = read.point(from.block, from.offset);
  const [endContainer, endOffset] = read.point(to.block, to.offset);
  return { startContainer, startOffset, endContainer, endOffset };
}

/** The DOM range of `span` in the page (a live one, to measure or select). */
export function rangeOf(read: Read, span: Span): Range {
  const { startContainer, startOffset, endContainer, endOffset } = boundaries(read, span);
  const range = document.createRange();
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
  return range;
}

/** What a new highlight of `range` keeps (grown to whole words), or null when it holds no text of the article. */
export function anchorRange(read: Read, range: Range) {
  const located = locateRange(read.blocks.elements, range);
  if (!located) return null;
  const { from, to } = located;
  const span = wholeWords(read.joined, {
    start: read.starts[from.block] + from.offset,
    end: read.starts[to.block] + to.offset,
  });
  return span ? anchorOf(read.page, span, read.starts, read.joined) : null;
}

/** What a highlight keeps of where it is (the highlight itself when it has not moved). */
type Anchor = Pick<Highlight, "block" | "start" | "exact" | "prefix" | "suffix">;

export interface Drawn {
  /** Each highlight found, by id, with where it now is. */
  placed: Map<string, { span: Span; anchor: Anchor }>;
  /** The highlights whose words are no longer in the text. */
  changed: Set<string>;
  /** The text they were found in. */
  read: Read;
}

/** `spans` with those that overlap or touch made one, in order: what is painted alike is one range. */
export function joinSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const joined: Span[] = [];
  for (const span of sorted) {
    const last = joined.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}

/** Finds `highlights` in `body` and paints them; `current` is painted as the one being looked at. */
export function drawHighlights(body: Element, highlights: readonly Highlight[], current?: string): Drawn {
  const began = performance.now();
  const read = readPage(body);
  const placed: Drawn["placed"] = new Map();
  const changed = new Set<string>();
  const spans = { plain: [] as Span[], noted: [] as Span[], current: [] as Span[] };
  const { joined, starts } = read;
  for (const highlight of highlights) {
    const { block, start, exact, prefix, suffix } = highlight;
    // Where it was, with the same text around it: kept as it is (the common case, and the cheap one:
    // nothing is searched, and the highlight itself is its anchor).
    const at = block === "" ? -1 : read.blockIndex(block);
    const expected = at < 0 ? -1 : starts[at] + start;
    const same =
      expected >= 0 &&
      joined.startsWith(exact, expected) &&
      joined.startsWith(prefix, expected - prefix.length) &&
      joined.startsWith(suffix, expected + exact.length);
    const span = same
      ? { start: expected, end: expected + exact.length }
      : locateHighlight(read.page, highlight, starts, joined, read.blockIndex);
    if (!span) {
      changed.add(highlight.id);
      continue;
    }
    placed.set(highlight.id, { span, anchor: same ? highlight : anchorOf(read.page, span, starts, joined) });
    spans[highlight.id === current ? "current" : highlight.note ? "noted" : "plain"].push(span);
  }
  if (canPaint()) {
    for (const [kind, name] of Object.entries(PAINT) as [keyof typeof PAINT, string][]) {
      // Static ranges: painted alike, without the document keeping each up to date as a live range.
      const ranges = joinSpans(spans[kind]).map((span) => new StaticRange(boundaries(read, span)));
      if (ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
  }
  performance.measure(DRAW_MEASURE, { start: began, end: performance.now() });
  return { placed, changed, read };
}

/** The DOM range of a drawn highlight, if it was found. */
export function drawnRange(drawn: Drawn, id: string): Range | undefined {
  const place = drawn.placed.get(id);
  return place && rangeOf(drawn.read, place.span);
}

/** The highlight drawn at the point (x, y) of the viewport, if any (the shortest, where they overlap). */
export function highlightAt(drawn: Drawn, x: number, y: number): string | undefined {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret ? caret.offsetNode : document.caretRangeFromPoint?.(x, y)?.startContainer;
  const offset = caret ? caret.offset : document.caretRangeFromPoint?.(x, y)?.startOffset;
  if (!node || offset === undefined) return undefined;
  const point = locate(drawn.read.blocks.elements, node, offset);
  if (!point) return undefined;
  const at = drawn.read.starts[point.block] + point.offset;
  let found: string | undefined;
  let length = Infinity;
  for (const [id, { span }] of drawn.placed) {
    if (span.start <= at && at < span.end && span.end - span.start < length) {
      found = id;
      length = span.end - span.start;
    }
  }
  return found;
}
