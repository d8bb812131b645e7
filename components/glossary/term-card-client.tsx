"use client";

import { useLayoutEffect, type RefObject } from "react";
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

/** Where the card starts, unseen, until it is placed. */
const UNPLACED = { top: 0, left: 0, visibility: "hidden" } as const;

/** Moves the card to its place (in its positioning box) and shows it. */
function show(card: HTMLElement, top: number, left: number, above: boolean) {
  card.style.top = `${top}px`;
  card.style.left = `${left}px`;
  card.style.visibility = "";
  card.dataset.placement = above ? "above" : "below";
}

/**
 * A term's card: its name, definition and a link to its entry. Placed below the term, or above it
 * when there is no room below, and always inside the viewport; placed before it is first painted,
 * and over the page, so nothing moves.
 */
export function TermCardClient({ term, anchor, onClose, cardRef: card }: Props) {
  // Placed in a layout effect, before the screen shows it: measured once and moved there directly,
  // so a tap costs one render of the card, not a second one to place it.
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
    show(element, top - origin.top, left - origin.left, above);
  }, [anchor, card]);

  return (
    <div ref={card} className="term-card" role="dialog" aria-label={term.term} style={UNPLACED}>
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
