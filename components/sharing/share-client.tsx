"use client";

import { Suspense, useEffect } from "react";
import { fetchedOnUse } from "../shared/fetched-on-use";
import { ShareNoticeClient } from "./share-notice-client";
import { copyLink, setHint } from "./use-share-notice";
import { useQuoteOffer } from "./use-quote-offer";
import { CLASS, SELECT } from "@/lib/hooks";
import { SHORTCUTS } from "../highlights/shortcuts";
import { prepareHighlights } from "../highlights/highlights-loader-client";

/** The offer beside a selection, fetched with the first one (with the code that makes its link). */
const QuoteOfferClient = fetchedOnUse(() => import("./quote-offer-client").then((code) => code.QuoteOfferClient));

/**
 * Sharing on an article page: a heading or paragraph link copies its absolute URL as well as going
 * there; selected text offers to highlight it, to add a note, and a link to the quote. Every outcome
 * is said in the share notice.
 */
export function ShareClient({ url, title }: { url: string; title: string }) {
  const offer = useQuoteOffer(url);

  // What the keys do with the selection, said once text is selected; and what highlighting it takes, fetched.
  const selected = offer !== null;
  useEffect(() => {
    const keys = [SHORTCUTS.highlight, SHORTCUTS.note].map((key) => key.toUpperCase());
    setHint(selected ? `Text selected: press ${keys[0]} to highlight it, ${keys[1]} to add a note.` : "");
    if (selected) prepareHighlights();
  }, [selected]);

  // Heading and paragraph links: the browser follows them (the URL and :target update); we copy too.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.(SELECT.selfLink);
      if (!(link instanceof HTMLAnchorElement)) return;
      void copyLink(`${url}${link.hash}`, link.classList.contains(CLASS.headingLink) ? "section" : "paragraph");
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [url]);

  return (
    <>
      {offer && (
        <Suspense fallback={null}>
          <QuoteOfferClient offer={offer} title={title} />
        </Suspense>
      )}
      <ShareNoticeClient title={title} />
    </>
  );
}
