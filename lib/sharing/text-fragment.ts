/** A point in a page's text: which block (paragraph, heading, list item) and how far into it. */
export interface TextPoint {
  block: number;
  offset: number;
}

/** Quotes up to this long are linked word for word; longer ones by their first and last words. */
const EXACT_QUOTE_LIMIT = 150;
const MAX_CONTEXT_WORDS = 3;
const RANGE_WORDS = [4, 6, 8];

export const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_'’]/u.test(char);

/** Grows `span` of `page` to whole words and trims white space from its ends; null when nothing is left. */
export function wholeWords(page: string, span: { start: number; end: number }): { start: number; end: number } | null {
  let { start, end } = span;
  if (end < start) [start, end] = [end, start];
  while (start > 0 && isWordChar(page[start - 1]) && isWordChar(page[start])) start--;
  while (end < page.length && isWordChar(page[end - 1]) && isWordChar(page[end])) end++;
  while (start < end && /\s/.test(page[start])) start++;
  while (end > start && /\s/.test(page[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** Percent-encodes a text directive part; `-`, `,` and `&` are syntax there. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, "%2D");

/** Collapses runs of white space, as the page's blocks are given to textFragment. */
export const collapse = (text: string) => text.replace(/\s+/g, " ");

/** The index of the last of `starts` (in ascending order) at or before `position`, by halves (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Start of up to `n` whole words before `at`, never crossing a block boundary (a line break). */
function wordsBefore(page: string, at: number, n: number): number {
  let index = at;
  for (let word = 0; word < n; word++) {
    let next = index;
    while (next > 0 && page[next - 1] === " ") next--;
    if (next === 0 || page[next - 1] === "\n") break;
    while (next > 0 && !/[ \n]/.test(page[next - 1])) next--;
    index = next;
  }
  return index;
}

/** End of up to `n` whole words after `at`, never crossing a block boundary. */
function wordsAfter(page: string, at: number, n: number): number {
  let index = at;
  for (let word = 0; word < n; word++) {
    let next = index;
    while (next < page.length && page[next] === " ") next++;
    if (next === page.length || page[next] === "\n") break;
    while (next < page.length && !/[ \n]/.test(page[next])) next++;
    index = next;
  }
  return index;
}

/** The first occurrence of `needle` at or after `from` starts at `at`, ignoring case as browsers do. */
const firstAt = (page: string, needle: string, at: number, from = 0) =>
  page.toLowerCase().indexOf(needle.toLowerCase(), from) === at;

/**
 * The text directive (`:~:text=…`) that makes a browser scroll to and highlight the selected text.
 * `blocks` are the page's text blocks in order, white space collapsed and trimmed; `from` and `to`
 * delimit the selection. The selection grows to whole words. A short quote is linked word for word, a
 * long one (or one across blocks) by its first and last words; a prefix and suffix are added when the
 * quote also appears earlier on the page. Returns undefined when no directive finds it.
 */
export function textFragment(blocks: readonly string[], from: TextPoint, to: TextPoint): string | undefined {
  const page = blocks.join("\n");
  const position = (point: TextPoint) =>
    blocks.slice(0, point.block).reduce((sum, block) => sum + block.length + 1, 0) + point.offset;
  if (position(from) === position(to)) return undefined;
  const words = wholeWords(page, { start: position(from), end: position(to) });
  if (!words) return undefined;
  const { start, end } = words;

  const quote = page.slice(start, end);
  const exact = quote.length <= EXACT_QUOTE_LIMIT && !quote.includes("\n");
  for (let words = 0; words <= MAX_CONTEXT_WORDS; words++) {
    const from = wordsBefore(page, start, words);
    const to = wordsAfter(page, end, words);
    const prefix = page.slice(from, start).trim();
    const suffix = page.slice(end, to).trim();
    const head = prefix ? `${encode(prefix)}-,` : "";
    const tail = suffix ? `,-${encode(suffix)}` : "";
    if (exact) {
      if (firstAt(page, page.slice(from, to), from)) return `:~:text=${head}${encode(quote)}${tail}`;
      continue;
    }
    for (const count of RANGE_WORDS) {
      const startEnd = wordsAfter(page, start, count);
      const endStart = wordsBefore(page, end, count);
      if (startEnd >= endStart) break;
      if (!firstAt(page, page.slice(from, startEnd), from)) continue;
      if (!firstAt(page, page.slice(endStart, to), endStart, startEnd)) continue;
      return `:~:text=${head}${encode(page.slice(start, startEnd))},${encode(page.slice(endStart, end))}${tail}`;
    }
  }
  return undefined;
}
