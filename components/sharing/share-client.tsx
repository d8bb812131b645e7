"use client";

import { useEffect } from "react";
import { useBrowser } from "../shared/use-browser";
import { ShareNoticeClient } from "./share-notice-client";
import { copyLink, setHint, shareLink } from "./use-share-notice";
import { useQuoteOffer } from "./use-quote-offer";
import { CLASS, SELECT } from "@/lib/hooks";
import { SHORTCUTS } from "../highlights/shortcuts";
import { highlightSelected, prepareHighlights } from "../highlights/highlights-loader-client";

/**
 * Sharing on an article page: a heading or paragraph link copies its absolute URL as well as going
 * there; selected text offers to highlight it, to add a note, and a link to the quote. Every outcome
 * is said in the share notice.
 */
export function ShareClient({ url, title }: { url: string; title: string }) {
  const offer = useQuoteOffer(url);
  const canShare = useBrowser(() => typeof navigator.share === "function", false);

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
      )}
      <ShareNoticeClient title={title} />
    </>
  );
}
