"use client";

import { useEffect, useRef, useState } from "react";
import { canPaint, drawHighlights, drawnRange, highlightAt, PAINT, type Drawn } from "@/lib/highlights/draw-client";
import { mayHold, pointAt, READ_MEASURE, type Highlight } from "@/lib/highlights/highlights";
import { readHighlights, savedHighlights, subscribeHighlights } from "@/lib/highlights/store-client";
import { whenIdle } from "@/lib/browser/idle-client";
import { textFragment } from "@/lib/sharing/text-fragment";
import { CLASS } from "@/lib/hooks";
import { HIGHLIGHTS_PATH } from "@/lib/paths";
import { copyLink } from "../sharing/use-share-notice";
import { NoteDialogClient } from "./note-dialog-client";
import { editNote, removeHighlight, replaceHighlights } from "./use-article-highlights";

export { highlightSelection } from "./use-article-highlights";

const PRINT_ATTRIBUTE = "data-print-highlights";
const QUOTE_SHOWN = 280;
/** Highlights listed at the end of an article before "Show all". */
const LISTED = 20;

const short = (text: string, length = QUOTE_SHOWN) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

/**
 * A reader's highlights on an article: painted on its text (the CSS Custom Highlight API, so nothing
 * in the page moves), offered when one is clicked (its note, its link, remove), listed at the end of
 * the article (the way to them by keyboard, and their endnotes in print when the reader asks), and
 * followed across tabs. Fetched and shown by `HighlightsLoaderClient` only when the article has
 * highlights or the reader is making one.
 */
export function HighlightsClient({ url, slug }: { url: string; slug: string }) {
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [current, setCurrent] = useState<{ id: string; top: number; left: number; focus: boolean } | null>(null);
  const [printing, setPrinting] = useState(false);
  const [all, setAll] = useState(false);
  const popover = useRef<HTMLDivElement>(null);

  // This article's highlights: read when the page is next idle (in a task of their own, not the one
  // that shows this component), then whenever they change (here or in another tab).
  useEffect(() => {
    const update = () => {
      const began = performance.now();
      const saved = savedHighlights();
      const found = mayHold(saved, slug) ? readHighlights(saved).filter((h) => h.slug === slug) : [];
      if (found.length > 0) performance.measure(READ_MEASURE, { start: began, end: performance.now() });
      setHighlights(found);
    };
    const cancel = whenIdle(update, 3000);
    const unsubscribe = subscribeHighlights(update);
    return () => {
      cancel();
      unsubscribe();
    };
  }, [slug]);

  // Painted again whenever they or the one looked at change, in a task of its own.
  useEffect(() => {
    const body = document.querySelector(`.${CLASS.articleBody}`);
    if (!body) return;
    const task = window.setTimeout(() => {
      if (highlights.length === 0) {
        if (canPaint()) for (const name of Object.values(PAINT)) CSS.highlights.delete(name);
        setDrawn(null);
        return;
      }
      const drawn = drawHighlights(body, highlights, current?.id);
      setDrawn(drawn);
      // Kept as found: a highlight that moved with an edit elsewhere keeps its new place, and one whose
      // words are gone is marked changed (and unmarked if they come back), for every list of them.
      const updates = highlights.flatMap((h) => {
        const place = drawn.placed.get(h.id)?.anchor;
        if (place === h && !h.changed) return [];
        if (!place) return h.changed ? [] : [{ ...h, changed: true }];
        const { block, start, prefix, suffix } = place;
        if (!h.changed && block === h.block && start === h.start && prefix === h.prefix && suffix === h.suffix)
          return [];
        const moved: Highlight = { ...h, block, start, prefix, suffix };
        delete moved.changed;
        return [moved];
      });
      if (updates.length > 0) replaceHighlights(updates);
    });
    return () => window.clearTimeout(task);
  }, [highlights, current?.id]);

  // Clicking a highlight offers what can be done with it; a click elsewhere closes the offer.
  useEffect(() => {
    if (!drawn) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      // The offer's own buttons, and every other control (the list's "Show in the text" opens the offer).
      if (popover.current?.contains(target) || target?.closest("button, input, label, select, textarea, dialog"))
        return;
      const selection = document.getSelection();
      const inText = target?.closest(`.${CLASS.articleBody}`) && !target.closest("a, button");
      const id =
        inText && (!selection || selection.isCollapsed) ? highlightAt(drawn, event.clientX, event.clientY) : undefined;
      setCurrent(id ? { id, top: event.pageY + 16, left: offerLeft(event.pageX), focus: false } : null);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [drawn]);

  // Escape closes the offer of a highlight.
  useEffect(() => {
    if (!current) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setCurrent(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [current]);

  // The offer of a highlight reached by keyboard takes the focus.
  useEffect(() => {
    if (current?.focus) popover.current?.querySelector("button")?.focus();
  }, [current]);

  // Printing with highlights is the reader's choice for this page; the clean copy stays the default.
  useEffect(() => {
    document.documentElement.toggleAttribute(PRINT_ATTRIBUTE, printing && highlights.length > 0);
  }, [printing, highlights.length]);

  if (highlights.length === 0) return <NoteDialogClient highlights={highlights} />;

  const placed = drawn?.placed;
  const linkTo = (h: Highlight) => {
    const place = placed?.get(h.id);
    if (!place || !drawn) return `${url}${h.block ? `#${h.block}` : ""}`;
    const { read } = drawn;
    const fragment = textFragment(
      read.page.texts,
      pointAt(read.starts, place.span.start),
      pointAt(read.starts, place.span.end),
    );
    return `${url}#${place.anchor.block}${fragment ?? ""}`;
  };
  const show = (h: Highlight) => {
    const range = drawn && drawnRange(drawn, h.id);
    if (!range) return;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: "center" });
    const rect = range.getBoundingClientRect();
    setCurrent({
      id: h.id,
      top: rect.bottom + window.scrollY + 8,
      left: offerLeft(rect.left + window.scrollX),
      focus: true,
    });
  };
  const active = current && highlights.find((h) => h.id === current.id);
  // A long list is drawn in part until the reader asks for the rest (or prints it): the page stays quick.
  const everything = all || printing || highlights.length <= LISTED;
  const ordered = [...highlights].sort(
    (a, b) => (placed?.get(a.id)?.span.start ?? Infinity) - (placed?.get(b.id)?.span.start ?? Infinity),
  );

  return (
    <>
      {active && (
        <div
          ref={popover}
          className="highlight-offer"
          role="group"
          aria-label={`Highlight: ${short(active.exact, 80)}`}
          style={{ top: current.top, left: current.left }}
        >
          {active.note && <p className="highlight-offer-note">{active.note}</p>}
          <div className="highlight-offer-actions">
            <button type="button" onClick={() => editNote(active.id)}>
              {active.note ? "Edit note" : "Add a note"}
            </button>
            <button type="button" onClick={() => void copyLink(linkTo(active), "highlight")}>
              Copy link
            </button>
            <button
              type="button"
              onClick={() => {
                setCurrent(null);
                removeHighlight(active.id);
              }}
            >
              Remove
            </button>
          </div>
        </div>
      )}
      <section className="article-highlights" aria-labelledby="article-highlights-heading">
        <h2 id="article-highlights-heading">Your highlights</h2>
        <p className="article-highlights-about">
          {highlights.length === 1 ? "One passage" : `${highlights.length} passages`} of this article, kept in this
          browser only. <a href={HIGHLIGHTS_PATH}>All your highlights</a>
        </p>
        {!canPaint() && <p>This browser cannot mark highlights in the text itself; they are all listed here.</p>}
        <ol className="article-highlights-list">
          {ordered.slice(0, everything ? undefined : LISTED).map((h) => {
            const changed = drawn ? drawn.changed.has(h.id) : h.changed;
            return (
              <li key={h.id} data-changed={changed ? "" : undefined}>
                {changed && (
                  <p className="highlight-changed">
                    Text changed: the article no longer has the words you highlighted.
                  </p>
                )}
                <blockquote>{short(h.exact)}</blockquote>
                {h.note && <p className="highlight-note">{h.note}</p>}
                <div className="highlight-actions">
                  {!changed && (
                    <button type="button" onClick={() => show(h)}>
                      Show in the text
                    </button>
                  )}
                  <button type="button" onClick={() => editNote(h.id)}>
                    {h.note ? "Edit note" : "Add a note"}
                  </button>
                  {!changed && (
                    <button type="button" onClick={() => void copyLink(linkTo(h), "highlight")}>
                      Copy link
                    </button>
                  )}
                  <button type="button" onClick={() => removeHighlight(h.id)}>
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        {!everything && (
          <button type="button" className="text-button" onClick={() => setAll(true)}>
            Show all {highlights.length} highlights
          </button>
        )}
        <label className="article-highlights-print">
          <input type="checkbox" checked={printing} onChange={(event) => setPrinting(event.target.checked)} />
          Print my highlights with the article, and my notes as endnotes
        </label>
      </section>
      <NoteDialogClient highlights={highlights} />
    </>
  );
}

/** The left edge of an offer beside `x`, kept inside the page. */
const offerLeft = (x: number) => Math.max(8, Math.min(x, window.scrollX + document.documentElement.clientWidth - 300));
