"use client";

import { useLayoutEffect, useState, type RefObject } from "react";
import { CARD_EDGE, CARD_GAP } from "@/lib/glossary/card";
import { placeCard, positionOrigin } from "@/lib/glossary/place-card";
import { termPath } from "@/lib/paths";
import { setKnown } from "../known-terms/use-known-terms";

/** A term as its card shows it. */
export interface CardTerm {
  id: string;
  term: string;
  short: string;
}

interface Props {
  term: CardTerm;
  /** The term's link in the text, which the card is placed against. */
  anchor: HTMLElement;
  onClose: () => void;
  /** The card's element, for the caller to tell clicks and focus inside it. */
  cardRef: RefObject<HTMLDivElement | null>;
}

/**
 * A term's card: its name, definition and a link to its entry. Placed below the term, or above it
 * when there is no room below, and always inside the viewport; placed before it is first painted,
 * and over the page, so nothing moves.
 */
export function TermCardClient({ term, anchor, onClose, cardRef: card }: Props) {
  // Set in a layout effect, so the card is placed again for another link before the screen shows it.
  const [place, setPlace] = useState<{ x: number; y: number; above: boolean } | null>(null);

  useLayoutEffect(() => {
    const element = card.current!;
    const root = document.documentElement;
    const { left, top, above } = placeCard(
      anchor.getBoundingClientRect(),
      { width: element.offsetWidth, height: element.offsetHeight },
      { width: root.clientWidth, height: root.clientHeight },
      CARD_GAP,
      CARD_EDGE,
    );
    const origin = positionOrigin(element);
    setPlace({ x: left - origin.left, y: top - origin.top, above });
  }, [anchor, card]);

  return (
    <div
      ref={card}
      className="term-card"
      role="dialog"
      aria-label={term.term}
      data-placement={place?.above ? "above" : "below"}
      style={place ? { top: place.y, left: place.x } : { top: 0, left: 0, visibility: "hidden" }}
    >
      <p className="term-card-term">{term.term}</p>
      <p className="term-card-short">{term.short}</p>
      <p className="term-card-more">
        <a href={termPath(term.id)}>More about {term.term}</a>{" "}
        <button
          type="button"
          className="know-toggle"
          aria-pressed="false"
          onClick={() => {
            // The term becomes plain text, no longer a place for focus: the sentence around it takes it.
            const around = anchor.closest<HTMLElement>("p, li, td, th") ?? anchor.parentElement!;
            setKnown(term.id, true);
            onClose();
            around.setAttribute("tabindex", "-1");
            around.focus({ preventScroll: true });
          }}
        >
          I know this
        </button>
      </p>
      <button type="button" className="term-card-close" aria-label="Close" onClick={() => (anchor.focus(), onClose())}>
        ×
      </button>
    </div>
  );
}
