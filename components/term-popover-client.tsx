"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { definitionId } from "@/lib/glossary-links";

interface PopoverTerm {
  id: string;
  term: string;
  short: string;
}

/** A term's name and definition, read from its entry in the page's glossary (which the link describes). */
function termOf(anchor: HTMLAnchorElement): PopoverTerm | null {
  const id = anchor.dataset.term;
  const term = id && document.getElementById(`glossary-${id}`)?.querySelector(".glossary-term")?.textContent;
  const short = id && document.getElementById(definitionId(id))?.textContent;
  return id && term && short ? { id, term, short } : null;
}

/** Hover this long before a card opens, and leave this long before it closes. */
export const OPEN_DELAY_MS = 400;
export const CLOSE_DELAY_MS = 300;
const GAP = 6;
const EDGE = 8;

interface Open {
  term: PopoverTerm;
  anchor: HTMLAnchorElement;
}

const termLinkOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLAnchorElement>(".article-body a.term") : null;

/**
 * A card with a term's definition, opened from its link in the text: after a short rest of the mouse
 * pointer, at once on keyboard focus, and on a tap (which then does not leave the sentence). It closes
 * when the pointer has left both link and card for a moment, on Escape (focus stays on the term), on
 * a tap elsewhere, or with its close button. Without JavaScript the term stays a plain link to its
 * entry; screen readers hear the definition through the link's aria-describedby either way.
 */
export function TermPopoverClient() {
  const [open, setOpen] = useState<Open | null>(null);
  const [place, setPlace] = useState<{ top: number; left: number; above: boolean } | null>(null);
  const card = useRef<HTMLDivElement>(null);
  const openTimer = useRef<number | undefined>(undefined);
  const closeTimer = useRef<number | undefined>(undefined);
  const lastPointer = useRef<string>("mouse");
  const current = useRef<Open | null>(null);
  current.current = open;

  const show = useCallback(
    (anchor: HTMLAnchorElement) => {
      window.clearTimeout(openTimer.current);
      window.clearTimeout(closeTimer.current);
      const term = termOf(anchor);
      if (!term) return;
      if (current.current?.anchor !== anchor) setPlace(null);
      setOpen({ term, anchor });
    },
    [],
  );

  const hide = useCallback(() => {
    window.clearTimeout(openTimer.current);
    window.clearTimeout(closeTimer.current);
    setOpen(null);
    setPlace(null);
  }, []);

  const hideSoon = useCallback(() => {
    window.clearTimeout(openTimer.current);
    window.clearTimeout(closeTimer.current);
    closeTimer.current = window.setTimeout(hide, CLOSE_DELAY_MS);
  }, [hide]);

  useEffect(() => {
    const inCard = (target: EventTarget | null) => target instanceof Node && !!card.current?.contains(target);

    const onPointerDown = (event: PointerEvent) => {
      lastPointer.current = event.pointerType;
      const open = current.current;
      if (open && !inCard(event.target) && !open.anchor.contains(event.target as Node)) hide();
    };
    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType !== "mouse") return;
      const anchor = termLinkOf(event.target);
      if (anchor) {
        window.clearTimeout(closeTimer.current);
        if (current.current?.anchor === anchor) return;
        window.clearTimeout(openTimer.current);
        openTimer.current = window.setTimeout(() => show(anchor), OPEN_DELAY_MS);
      } else if (inCard(event.target)) {
        window.clearTimeout(closeTimer.current);
      }
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== "mouse") return;
      const from = termLinkOf(event.target) ?? (inCard(event.target) ? card.current : null);
      if (!from || from.contains(event.relatedTarget as Node | null)) return;
      const to = event.relatedTarget;
      if (inCard(to) || (to instanceof Node && current.current?.anchor.contains(to))) return;
      window.clearTimeout(openTimer.current);
      if (current.current) hideSoon();
    };
    const onFocusIn = (event: FocusEvent) => {
      const anchor = termLinkOf(event.target);
      if (anchor && lastPointer.current !== "touch") show(anchor);
    };
    const onFocusOut = (event: FocusEvent) => {
      const anchor = termLinkOf(event.target);
      if (anchor && !inCard(event.relatedTarget) && current.current?.anchor === anchor) hide();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      lastPointer.current = "keyboard";
      const open = current.current;
      if (event.key !== "Escape" || !open) return;
      if (inCard(document.activeElement)) open.anchor.focus();
      hide();
    };
    const onClick = (event: MouseEvent) => {
      const anchor = termLinkOf(event.target);
      // A tap opens the card in place; a second tap on the same term follows the link.
      if (!anchor || lastPointer.current !== "touch" || current.current?.anchor === anchor) return;
      event.preventDefault();
      show(anchor);
    };

    // A term focused before this script ran gets its card too.
    const focused = termLinkOf(document.activeElement);
    if (focused) show(focused);

    const listeners = [
      ["pointerdown", onPointerDown, true],
      ["pointerover", onPointerOver, false],
      ["pointerout", onPointerOut, false],
      ["focusin", onFocusIn, false],
      ["focusout", onFocusOut, false],
      ["keydown", onKeyDown, false],
      ["click", onClick, false],
    ] as [string, EventListener, boolean][];
    for (const [type, listener, capture] of listeners) document.addEventListener(type, listener, capture);
    return () => {
      window.clearTimeout(openTimer.current);
      window.clearTimeout(closeTimer.current);
      for (const [type, listener, capture] of listeners) document.removeEventListener(type, listener, capture);
    };
  }, [show, hide, hideSoon]);

  // Place the card below the term, or above it when there is no room below, and inside the viewport.
  useLayoutEffect(() => {
    if (!open || !card.current) return;
    const term = open.anchor.getBoundingClientRect();
    const box = card.current.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const above = term.bottom + GAP + box.height > window.innerHeight && term.top - GAP - box.height >= 0;
    const left = Math.min(Math.max(term.left, EDGE), viewport - box.width - EDGE);
    setPlace({
      top: window.scrollY + (above ? term.top - GAP - box.height : term.bottom + GAP),
      left: window.scrollX + Math.max(EDGE, left),
      above,
    });
  }, [open]);

  if (!open) return null;
  return (
    <div
      ref={card}
      className="term-card"
      role="dialog"
      aria-label={open.term.term}
      data-placement={place?.above ? "above" : "below"}
      style={place ? { top: place.top, left: place.left } : { top: 0, left: 0, visibility: "hidden" }}
    >
      <p className="term-card-term">{open.term.term}</p>
      <p className="term-card-short">{open.term.short}</p>
      <p className="term-card-more">
        <a href={`#glossary-${open.term.id}`} onClick={hide}>
          More in the glossary
        </a>
      </p>
      <button type="button" className="term-card-close" aria-label="Close" onClick={() => (open.anchor.focus(), hide())}>
        ×
      </button>
    </div>
  );
}
