/**
 * The reader's highlights in this browser's local storage, and the news of their changes: to this
 * page's listeners at once, and to other tabs through the `storage` event. Nothing leaves the browser.
 */
import "client-only";
import { readStored } from "../browser/storage-client";
import { HIGHLIGHTS_KEY, keep, parseHighlights, type Highlight } from "./highlights";

const listeners = new Set<() => void>();
let cache: { saved: string | null; highlights: Highlight[] } | undefined;

/** Every highlight kept, newest first (read again only when storage changed); `saved` when it was just read. */
export function readHighlights(saved = readStored(HIGHLIGHTS_KEY)): Highlight[] {
  if (cache?.saved !== saved) cache = { saved, highlights: parseHighlights(saved) };
  return cache.highlights;
}

/** The raw saved value, for a cheap look before reading it whole. */
export const savedHighlights = () => readStored(HIGHLIGHTS_KEY);

/** Keeps `highlights` in place of what was kept; false when the browser refused (storage full or off). */
export function writeHighlights(highlights: readonly Highlight[]): boolean {
  try {
    if (highlights.length === 0) localStorage.removeItem(HIGHLIGHTS_KEY);
    else localStorage.setItem(HIGHLIGHTS_KEY, JSON.stringify(keep(highlights)));
  } catch {
    return false;
  }
  for (const listener of listeners) listener();
  return true;
}

/** Calls `listener` whenever the highlights change, here or in another tab; returns the unsubscribe. */
export function subscribeHighlights(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === HIGHLIGHTS_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}
