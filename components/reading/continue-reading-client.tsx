"use client";

import { CLASS } from "@/lib/hooks";

/** The heading of the section `block` is in, for the offer's label. */
function sectionOf(block: HTMLElement): string {
  const headings = [...document.querySelectorAll<HTMLElement>(`.${CLASS.articleBody} h2[id]`)];
  const heading = headings
    .filter((h) => h === block || h.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING)
    .pop();
  return heading?.textContent ?? "";
}

/**
 * The offer to continue from `target`, the block where the reader left off, labelled with its
 * section: one click, and focus moves to it. It floats over the page's foot, so nothing moves.
 * Fetched only on a visit that has such a place (ReadingPositionClient).
 */
export function ContinueReadingClient({ target, onDone }: { target: HTMLElement; onDone: () => void }) {
  const section = sectionOf(target);
  return (
    <div className="continue-reading" role="region" aria-label="Where you left off">
      <button
        type="button"
        className="continue-reading-go"
        onClick={() => {
          onDone();
          if (!target.isConnected) return;
          target.setAttribute("tabindex", "-1");
          target.scrollIntoView({ block: "start" });
          target.focus({ preventScroll: true });
        }}
      >
        Continue where you left off
        {section && <span className="continue-reading-section">{section}</span>}
      </button>
      <button type="button" className="continue-reading-close" aria-label="Dismiss" onClick={onDone}>
        ×
      </button>
    </div>
  );
}
