"use client";

/**
 * What is offered for text selected in an article, fetched with the first selection: to highlight
 * it, to add a note, and a link to the quote (a text fragment), or to its section when it spans
 * sections, shown beside the selection.
 */
import { textFragment } from "@/lib/sharing/text-fragment";
import { locateRange, readBlocks } from "@/lib/sharing/blocks-client";
import { selectedRange } from "@/lib/browser/selection-client";
import { useBrowser } from "../shared/use-browser";
import { highlightSelected } from "../highlights/highlights-loader-client";
import { SHORTCUTS } from "../highlights/shortcuts";
import { copyLink, shareLink } from "./use-share-notice";

/** A link offered for the selected text, and where to show the offer. */
export interface QuoteOffer {
  url: string;
  what: "quote" | "section";
  top: number;
  left: number;
}

/** The offer for the current selection in the article body: a quote link, or the section's link when it spans sections. */
export function offerFor(body: Element, url: string): QuoteOffer | null {
  const range = selectedRange(body);
  if (!range) return null;
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

/** The offer beside the selection: Highlight, Add a note, the link, and Share where the browser can. */
export function QuoteOfferClient({ offer, title }: { offer: QuoteOffer; title: string }) {
  const canShare = useBrowser(() => typeof navigator.share === "function", false);
  return (
    <div
      className="quote-offer"
      role="group"
      aria-label="Share the selected text"
      style={{ top: offer.top, left: offer.left }}
      // Keep the selection while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      <button type="button" aria-keyshortcuts={SHORTCUTS.highlight} onClick={() => highlightSelected(false)}>
        Highlight <kbd>{SHORTCUTS.highlight.toUpperCase()}</kbd>
      </button>
      <button type="button" aria-keyshortcuts={SHORTCUTS.note} onClick={() => highlightSelected(true)}>
        Add a note <kbd>{SHORTCUTS.note.toUpperCase()}</kbd>
      </button>
      <button type="button" onClick={() => void copyLink(offer.url, offer.what)}>
        Copy link to {offer.what}
      </button>
      {canShare && (
        <button type="button" onClick={() => void shareLink(offer.url, title)}>
          Share
        </button>
      )}
    </div>
  );
}
