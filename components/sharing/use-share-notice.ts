"use client";

import { useSyncExternalStore } from "react";

/** What the share notice says after a link was copied, or could not be. */
interface Notice {
  message: string;
  /** Set when the clipboard refused: the link is shown for copying by hand. */
  manualUrl?: string;
  /** Set when the system share sheet can take the link. */
  shareUrl?: string;
}

const NOTICE_MS = 6000;

/** The one notice of the page, shared by everything that copies a link (toolbar, section links, quotes). */
let notice: Notice | null = null;
let timer: number | undefined;
const listeners = new Set<() => void>();

/** A hint said by the notice's live region while no notice shows (what keys do with selected text). */
let hint = "";

/** Sets the hint the live region says while no notice shows ("" for none). */
export function setHint(next: string) {
  if (next === hint) return;
  hint = next;
  for (const listener of listeners) listener();
}

/** Shows `next` (or closes the notice); a notice without a link to copy by hand closes by itself. */
export function showNotice(next: Notice | null) {
  window.clearTimeout(timer);
  notice = next;
  if (next && !next.manualUrl) timer = window.setTimeout(() => showNotice(null), NOTICE_MS);
  for (const listener of listeners) listener();
}

/** Copies `link` and says so; where the clipboard refuses, shows the link to copy by hand. */
export async function copyLink(link: string, what: string) {
  const shareUrl = typeof navigator.share === "function" ? link : undefined;
  try {
    await navigator.clipboard.writeText(link);
    showNotice({ message: `Link to ${what} copied`, shareUrl });
  } catch {
    showNotice({ message: `Copy this link to ${what}:`, manualUrl: link, shareUrl });
  }
}

/** Opens the system share sheet with `link`. */
export async function shareLink(link: string, title: string) {
  try {
    await navigator.share({ url: link, title });
  } catch {
    // The reader closed the share sheet; nothing to say.
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the live region says: the notice, or else the hint. */
export const useSpoken = () =>
  useSyncExternalStore(
    subscribe,
    () => notice?.message ?? hint,
    () => "",
  );

/** The notice being shown, if any. */
export const useNotice = () =>
  useSyncExternalStore(
    subscribe,
    () => notice,
    () => null,
  );
