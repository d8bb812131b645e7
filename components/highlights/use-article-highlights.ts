"use client";

import { useSyncExternalStore } from "react";
import { anchorRange, readPage } from "@/lib/highlights/draw-client";
import { newId, type Highlight } from "@/lib/highlights/highlights";
import { readHighlights, writeHighlights } from "@/lib/highlights/store-client";
import { selectedRange } from "@/lib/browser/selection-client";
import { CLASS } from "@/lib/hooks";
import { showNotice } from "../sharing/use-share-notice";

/** The article a page's highlights belong to, as a new highlight records it. */
export interface ArticleInfo {
  slug: string;
  title: string;
  /** `YYYY-MM-DD`. */
  published: string;
}

/** The highlight whose note is being written, if any: one at a time, shared by the offer, the list and the popover. */
let editing: string | null = null;
const listeners = new Set<() => void>();
export function editNote(id: string | null) {
  editing = id;
  for (const listener of listeners) listener();
}
export const useEditing = () =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => editing,
    () => null,
  );

/**
 * Highlights the reader's selection in `article`'s text (grown to whole words) and keeps it; with
 * `withNote`, opens its note. Says what happened in the page's notice. False when nothing was
 * highlighted (no selection in the text, or the browser refused to keep it).
 */
export function highlightSelection(article: ArticleInfo, withNote: boolean): boolean {
  const body = document.querySelector(`.${CLASS.articleBody}`);
  const range = selectedRange(body);
  if (!body || !range) return false;
  const anchor = anchorRange(readPage(body), range);
  if (!anchor) return false;
  const kept = readHighlights();
  const same = kept.find(
    (h) => h.slug === article.slug && h.block === anchor.block && h.start === anchor.start && h.exact === anchor.exact,
  );
  const now = Date.now();
  const highlight: Highlight = same ?? {
    id: newId(),
    slug: article.slug,
    title: article.title,
    published: article.published,
    ...anchor,
    note: "",
    created: now,
    modified: now,
  };
  if (!same && !writeHighlights([highlight, ...kept])) {
    showNotice({ message: "This browser would not keep the highlight: its storage is full or turned off." });
    return false;
  }
  document.getSelection()?.removeAllRanges();
  if (withNote) editNote(highlight.id);
  else
    showNotice({
      message: same ? "Already highlighted" : "Highlighted. Your highlights are listed at the end of the article.",
    });
  return true;
}

/** Changes a kept highlight (its note, or where it now is); false when the browser refused. */
export function updateHighlight(id: string, change: Partial<Highlight>): boolean {
  const highlight = readHighlights().find((h) => h.id === id);
  return highlight !== undefined && replaceHighlights([{ ...highlight, ...change }]);
}

/** Puts `changed` in place of the kept highlights with the same ids. */
export function replaceHighlights(changed: readonly Highlight[]): boolean {
  const byId = new Map(changed.map((h) => [h.id, h]));
  return writeHighlights(readHighlights().map((h) => byId.get(h.id) ?? h));
}

/** Forgets one highlight and says so. */
export function removeHighlight(id: string) {
  if (writeHighlights(readHighlights().filter((h) => h.id !== id))) showNotice({ message: "Highlight removed" });
}
