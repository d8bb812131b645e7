/**
 * What is offered for text selected in an article: a link to the quote (a text fragment), or to its
 * section when it spans sections, and where to show the offer. Fetched with the first selection.
 */
import "client-only";
import { textFragment } from "@/lib/sharing/text-fragment";
import { locateRange, readBlocks } from "@/lib/sharing/blocks-client";

/** A link offered for the selected text, and where to show the offer. */
export interface QuoteOffer {
  url: string;
  what: "quote" | "section";
  top: number;
  left: number;
}

/** The offer for the current selection in the article body: a quote link, or the section's link when it spans sections. */
export function offerFor(body: Element, url: string): QuoteOffer | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const { elements, texts, sections } = readBlocks(body);
  const located = locateRange(elements, range);
  if (!located) return null;
  const { from, to } = located;
  const section = sections[from.block];
  const fragment = section === sections[to.block] ? textFragment(texts, from, to) : undefined;
  const rect = range.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  return {
    url: fragment ? `${url}#${fragment}` : `${url}${section ? `#${section}` : ""}`,
    what: fragment ? "quote" : "section",
    top: rect.bottom + window.scrollY + 8,
    left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + width - 260)),
  };
}
