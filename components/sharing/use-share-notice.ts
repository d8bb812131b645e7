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

/** The notice being shown, if any. */
export const useNotice = () =>
  useSyncExternalStore(
    subscribe,
    () => notice,
    () => null,
  );
