"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { definitionId, sidebarEntryId } from "@/lib/paths";
import { TermCardClient, type CardTerm } from "./term-card-client";
import { useTimer } from "./use-timer";
import { CLOSE_DELAY_MS, OPEN_DELAY_MS } from "@/lib/glossary/card";
import { CLASS, DATA, SELECT } from "@/lib/hooks";

interface Open {
  term: CardTerm;
  anchor: HTMLAnchorElement;
}

/** A term's name and definition, read from its entry in the page's glossary (which the link describes). */
function termOf(anchor: HTMLAnchorElement): CardTerm | null {
  const id = anchor.getAttribute(DATA.term);
  const term = id && document.getElementById(sidebarEntryId(id))?.querySelector(`.${CLASS.glossaryTerm}`)?.textContent;
  const short = id && document.getElementById(definitionId(id))?.textContent;
  return id && term && short ? { id, term, short } : null;
}

const termLinkOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLAnchorElement>(SELECT.termLink) : null;

/**
 * A card with a term's definition, opened from its link in the text: after a short rest of the mouse
 * pointer, at once on keyboard focus, and on a tap (which then does not leave the sentence). It closes
 * when the pointer has left both link and card for a moment, on Escape (focus stays on the term), on
 * a tap elsewhere, or with its close button. Without JavaScript the term stays a plain link to its
 * entry; screen readers hear the definition through the link's aria-describedby either way.
 */
export function TermPopoverClient() {
  const [open, setOpen] = useState<Open | null>(null);
  const card = useRef<HTMLDivElement>(null);
  // The open card as the document's listeners see it, kept beside the state that renders it.
  const current = useRef<Open | null>(null);
  const lastPointer = useRef("mouse");
  const timer = useTimer();

  const change = useCallback((next: Open | null) => {
    current.current = next;
    setOpen(next);
  }, []);
  const show = useCallback(
    (anchor: HTMLAnchorElement) => {
      timer.cancel();
      const term = termOf(anchor);
      if (term) change({ term, anchor });
    },
    [timer, change],
  );
  const hide = useCallback(() => {
    timer.cancel();
    change(null);
  }, [timer, change]);

  useEffect(() => {
    const inCard = (target: EventTarget | null) => target instanceof Node && !!card.current?.contains(target);
    const onAnchor = (target: EventTarget | null) =>
      target instanceof Node && !!current.current?.anchor.contains(target);

    const listeners: [string, (event: never) => void, boolean?][] = [
      [
        "pointerdown",
        (event: PointerEvent) => {
          lastPointer.current = event.pointerType;
          if (current.current && !inCard(event.target) && !onAnchor(event.target)) hide();
        },
        true,
      ],
      [
        "pointerover",
        (event: PointerEvent) => {
          if (event.pointerType !== "mouse") return;
          const anchor = termLinkOf(event.target);
          if (anchor && current.current?.anchor !== anchor) timer.after(OPEN_DELAY_MS, () => show(anchor));
          else if (anchor || inCard(event.target)) timer.cancel();
        },
      ],
      [
        "pointerout",
        (event: PointerEvent) => {
          if (event.pointerType !== "mouse") return;
          const from = termLinkOf(event.target) ?? (inCard(event.target) ? card.current : null);
          const to = event.relatedTarget;
          if (!from || from.contains(to as Node | null) || inCard(to) || onAnchor(to)) return;
          if (current.current) timer.after(CLOSE_DELAY_MS, hide);
          else timer.cancel();
        },
      ],
      [
        "focusin",
        (event: FocusEvent) => {
          const anchor = termLinkOf(event.target);
          if (anchor && lastPointer.current !== "touch") show(anchor);
        },
      ],
      [
        "focusout",
        (event: FocusEvent) => {
          const anchor = termLinkOf(event.target);
          if (anchor && !inCard(event.relatedTarget) && current.current?.anchor === anchor) hide();
        },
      ],
      [
        "keydown",
        (event: KeyboardEvent) => {
          lastPointer.current = "keyboard";
          if (event.key !== "Escape" || !current.current) return;
          if (inCard(document.activeElement)) current.current.anchor.focus();
          hide();
        },
      ],
      [
        "click",
        (event: MouseEvent) => {
          const anchor = termLinkOf(event.target);
          // A tap opens the card in place; a second tap on the same term follows the link.
          if (!anchor || lastPointer.current !== "touch" || current.current?.anchor === anchor) return;
          event.preventDefault();
          show(anchor);
        },
      ],
    ];

    for (const [type, listener, capture] of listeners)
      document.addEventListener(type, listener as EventListener, capture);
    // A term focused before this script ran gets its card too, once the listeners are in place.
    const frame = window.requestAnimationFrame(() => {
      const focused = termLinkOf(document.activeElement);
      if (focused) show(focused);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      for (const [type, listener, capture] of listeners)
        document.removeEventListener(type, listener as EventListener, capture);
    };
  }, [show, hide, timer]);

  return (
    <div className="term-card-host">
      {open && (
        <TermCardClient key={open.term.id} term={open.term} anchor={open.anchor} onClose={hide} cardRef={card} />
      )}
    </div>
  );
}
