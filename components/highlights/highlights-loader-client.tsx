"use client";

import { Suspense, useEffect, useState } from "react";
import { whenIdle } from "@/lib/browser/idle-client";
import { selectedRange } from "@/lib/browser/selection-client";
import { readStored } from "@/lib/browser/storage-client";
import { HIGHLIGHTS_KEY, mayHold } from "@/lib/highlights/key";
import { CLASS } from "@/lib/hooks";
import { fetchedOnUse } from "../shared/fetched-on-use";
import { showNotice } from "../sharing/use-share-notice";
import { SHORTCUTS } from "./shortcuts";
import type { ArticleInfo } from "./use-article-highlights";

/** The highlights' code (one script), fetched the first time this page needs it. */
const making = () => import("./highlights-client");
const HighlightsClient = fetchedOnUse(() => making().then((code) => code.HighlightsClient));

/** Highlights the selection and shows the article's highlights, set while this page's loader is mounted. */
let highlightHere: ((withNote: boolean) => void) | undefined;

/** Fetches the code that makes highlights, so that it is ready when the reader asks (text is selected). */
export const prepareHighlights = () => void making().catch(() => undefined);

/**
 * Highlights the text selected in the article (with `withNote`, opens its note), fetching what it
 * takes first if this page has not needed it yet. What happened is said in the page's notice.
 */
export const highlightSelected = (withNote: boolean) => highlightHere?.(withNote);

/** Whether a key press is typed into a field rather than meant for the page. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Where an article's highlights go, and all that every article page carries of them: once the page
 * is idle, one look at storage for this article's slug; the keys H and N on selected text. The rest
 * (reading, painting, listing, the note's dialog) is fetched and shown only when the article has
 * highlights, one arrives from another tab, or the reader makes one, so that a page without them
 * neither downloads nor runs it.
 */
export function HighlightsLoaderClient({ url, ...article }: ArticleInfo & { url: string }) {
  const { slug, title, published } = article;
  const [shown, setShown] = useState(false);

  // This article's highlights, looked for once the page is idle, and whenever another tab changes them.
  useEffect(() => {
    if (shown) return;
    const look = () => {
      if (mayHold(readStored(HIGHLIGHTS_KEY), slug)) setShown(true);
    };
    const cancel = whenIdle(look, 3000);
    const onStorage = (event: StorageEvent) => {
      if (event.key === HIGHLIGHTS_KEY || event.key === null) look();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      cancel();
      window.removeEventListener("storage", onStorage);
    };
  }, [slug, shown]);

  // Making a highlight: from the offer beside the selection, or by H and N, as the offer says.
  useEffect(() => {
    const info = { slug, title, published };
    const make = (withNote: boolean) => {
      setShown(true);
      making().then(
        (code) => code.highlightSelection(info, withNote),
        () => showNotice({ message: "Highlighting could not be loaded: check the connection, then try again." }),
      );
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (
        (key !== SHORTCUTS.highlight && key !== SHORTCUTS.note) ||
        !selectedRange(document.querySelector(`.${CLASS.articleBody}`))
      )
        return;
      event.preventDefault();
      make(key === SHORTCUTS.note);
    };
    highlightHere = make;
    document.addEventListener("keydown", onKey);
    return () => {
      if (highlightHere === make) highlightHere = undefined;
      document.removeEventListener("keydown", onKey);
    };
  }, [slug, title, published]);

  return shown ? (
    <Suspense fallback={null}>
      <HighlightsClient url={url} slug={slug} />
    </Suspense>
  ) : null;
}
