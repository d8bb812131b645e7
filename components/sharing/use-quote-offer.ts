"use client";

import { useEffect, useState } from "react";
import { textFragment } from "@/lib/sharing/text-fragment";
import { locateRange, readBlocks } from "@/lib/sharing/blocks-client";
import { CLASS } from "@/lib/hooks";

/** A link offered for the selected text, and where to show the offer. */
interface QuoteOffer {
  url: string;
  what: "quote" | "section";
  top: number;
  left: number;
}

const SETTLE_MS = 150;

/** The offer for the current selection in the article body: a quote link, or the section's link when it spans sections. */
function offerFor(body: Element, url: string): QuoteOffer | null {
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

/** Follows the reader's selection in the article body and returns the link to offer for it, if any. */
export function useQuoteOffer(url: string): QuoteOffer | null {
  const [offer, setOffer] = useState<QuoteOffer | null>(null);
  useEffect(() => {
    const body = document.querySelector(`.${CLASS.articleBody}`);
    if (!body) return;
    let pending = 0;
    const update = () => setOffer(offerFor(body, url));
    const schedule = () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(update, SETTLE_MS);
    };
    // A selection made before this script ran counts too.
    update();
    document.addEventListener("selectionchange", schedule);
    return () => {
      window.clearTimeout(pending);
      document.removeEventListener("selectionchange", schedule);
    };
  }, [url]);
  return offer;
}
