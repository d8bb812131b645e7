"use client";

import { ListenClient } from "./listen-client";
import { useHydrated } from "../shared/use-browser";
import { copyLink } from "../sharing/use-share-notice";

/**
 * Copy link, Print and Listen for the whole article. They need JavaScript, so the toolbar stays
 * hidden without it (the browser's own Print gives the same copy).
 */
export function ArticleToolbarClient({ url }: { url: string }) {
  const ready = useHydrated();
  return (
    <div className="article-toolbar" role="group" aria-label="Article tools" hidden={!ready}>
      <button type="button" onClick={() => void copyLink(url, "article")}>
        Copy link
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      <ListenClient />
    </div>
  );
}
