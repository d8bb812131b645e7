"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { collapse, textFragment, type TextPoint } from "@/lib/text-fragment";
import { SHARE_EVENT, type ShareRequest } from "./article-toolbar";

interface Notice {
  message: string;
  /** Set when the clipboard refused: the link is shown for copying by hand. */
  manualUrl?: string;
  /** Set when the system share sheet can take the link. */
  shareUrl?: string;
}

interface QuoteOffer {
  url: string;
  label: string;
  top: number;
  left: number;
}

const BLOCKS = "p, h2, h3, h4, li, pre, blockquote > p, td, th";
const NOTICE_MS = 6000;

/** The body's text blocks (innermost only), their collapsed text, and the section each one is in. */
function readBlocks(body: Element) {
  const elements = Array.from(body.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  let section = "";
  const sections = elements.map((el) => {
    if (/^H[23]$/.test(el.tagName) && el.id) section = el.id;
    return section;
  });
  return { elements, texts: elements.map((el) => collapse(el.textContent ?? "").trim()), sections };
}

/** Where a DOM point falls in the collapsed text of `blocks`. */
function locate(elements: Element[], node: Node, offset: number): TextPoint | undefined {
  const block = elements.findIndex((el) => el.contains(node));
  if (block < 0) return undefined;
  const before = document.createRange();
  before.selectNodeContents(elements[block]);
  before.setEnd(node, offset);
  return { block, offset: collapse(before.toString()).trimStart().length };
}

/**
 * Sharing on an article page: a heading or paragraph link copies its absolute URL as well as going
 * there; selected text offers a link to the quote. Every outcome is said in a live region, and a
 * refused clipboard shows the link to copy by hand.
 */
export function ShareClient({ url, title }: { url: string; title: string }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [offer, setOffer] = useState<QuoteOffer | null>(null);
  const [canShare, setCanShare] = useState(false);
  const manualField = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);

  const show = useCallback((next: Notice | null) => {
    window.clearTimeout(timer.current);
    setNotice(next);
    if (next && !next.manualUrl) timer.current = window.setTimeout(() => setNotice(null), NOTICE_MS);
  }, []);

  const deliver = useCallback(
    async (link: string, what: string) => {
      const share = typeof navigator.share === "function" ? link : undefined;
      try {
        await navigator.clipboard.writeText(link);
        show({ message: `Link to ${what} copied`, shareUrl: share });
      } catch {
        show({ message: `Copy this link to ${what}:`, manualUrl: link, shareUrl: share });
      }
    },
    [show],
  );

  const share = useCallback(
    async (link: string) => {
      try {
        await navigator.share({ url: link, title });
      } catch {
        // The reader closed the share sheet; nothing to say.
      }
    },
    [title],
  );

  useEffect(() => setCanShare(typeof navigator.share === "function"), []);

  useEffect(() => {
    if (!notice?.manualUrl) return;
    // After the browser has finished moving to the link's target, which resets focus.
    const frame = window.requestAnimationFrame(() => {
      manualField.current?.focus();
      manualField.current?.select();
    });
    return () => window.cancelAnimationFrame(frame);
  }, [notice]);

  // Heading and paragraph links: the browser follows them (the URL and :target update); we copy too.
  // The article toolbar asks by event.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a.heading-link, a.paragraph-link");
      if (!(link instanceof HTMLAnchorElement)) return;
      const what = link.classList.contains("heading-link") ? "section" : "paragraph";
      void deliver(`${url}${link.hash}`, what);
    };
    const onRequest = (event: Event) => {
      const { url: link, what } = (event as CustomEvent<ShareRequest>).detail;
      void deliver(link, what);
    };
    document.addEventListener("click", onClick);
    document.addEventListener(SHARE_EVENT, onRequest);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener(SHARE_EVENT, onRequest);
    };
  }, [url, deliver]);

  // Selected text in the body: offer a link to the quote, below the selection.
  useEffect(() => {
    const body = document.querySelector(".article-body");
    if (!body) return;
    let pending = 0;
    const update = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return setOffer(null);
      const range = selection.getRangeAt(0);
      if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return setOffer(null);
      const { elements, texts, sections } = readBlocks(body);
      const from = locate(elements, range.startContainer, range.startOffset);
      const to = locate(elements, range.endContainer, range.endOffset);
      if (!from || !to) return setOffer(null);
      const sameSection = sections[from.block] === sections[to.block];
      const fragment = sameSection ? textFragment(texts, from, to) : undefined;
      const rect = range.getBoundingClientRect();
      setOffer({
        url: fragment ? `${url}#${fragment}` : `${url}${sections[from.block] ? `#${sections[from.block]}` : ""}`,
        label: fragment ? "Copy link to quote" : "Copy link to section",
        top: rect.bottom + window.scrollY + 8,
        left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 260)),
      });
    };
    const schedule = () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(update, 150);
    };
    // A selection made before this script ran counts too.
    update();
    document.addEventListener("selectionchange", schedule);
    return () => {
      window.clearTimeout(pending);
      document.removeEventListener("selectionchange", schedule);
    };
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
          <button type="button" onClick={() => void deliver(offer.url, offer.label.endsWith("quote") ? "quote" : "section")}>
            {offer.label}
          </button>
          {canShare && (
            <button type="button" onClick={() => void share(offer.url)}>
              Share
            </button>
          )}
        </div>
      )}
      <div className="share-notice" data-open={notice ? "" : undefined}>
        <p role="status" aria-live="polite" className="share-notice-message">
          {notice?.message}
        </p>
        {notice?.manualUrl && (
          <input
            ref={manualField}
            className="share-notice-url"
            readOnly
            value={notice.manualUrl}
            aria-label="Link to copy"
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
        {notice?.shareUrl && (
          <button type="button" onClick={() => void share(notice.shareUrl!)}>
            Share…
          </button>
        )}
        {notice && (
          <button type="button" className="share-notice-close" onClick={() => show(null)} aria-label="Close">
            ×
          </button>
        )}
      </div>
    </>
  );
}
