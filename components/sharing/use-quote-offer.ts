"use client";

import { useEffect, useState } from "react";
import { selectedRange } from "@/lib/browser/selection-client";
import { CLASS } from "@/lib/hooks";
import type { QuoteOffer } from "./quote-offer-client";

const SETTLE_MS = 150;

/** The code that reads a selection into a link, fetched the first time text is selected. */
const offering = () => import("./quote-offer-client");

/** Follows the reader's selection in the article body and returns the link to offer for it, if any. */
export function useQuoteOffer(url: string): QuoteOffer | null {
  const [offer, setOffer] = useState<QuoteOffer | null>(null);
  useEffect(() => {
    const body = document.querySelector(`.${CLASS.articleBody}`);
    if (!body) return;
    let pending = 0;
    let live = true;
    const update = () => {
      if (!selectedRange(body)) setOffer(null);
      else
        // Where the script cannot be fetched, nothing is offered, and the selection stays the browser's.
        offering().then(
          ({ offerFor }) => live && setOffer(offerFor(body, url)),
          () => undefined,
        );
    };
    const schedule = () => {
      window.clearTimeout(pending);
      // Fetched while the selection settles, so that the offer is not later for it.
      if (selectedRange(body)) offering().catch(() => undefined);
      pending = window.setTimeout(update, SETTLE_MS);
    };
    // A selection made before this script ran counts too.
    update();
    document.addEventListener("selectionchange", schedule);
    return () => {
      live = false;
      window.clearTimeout(pending);
      document.removeEventListener("selectionchange", schedule);
    };
  }, [url]);
  return offer;
}
