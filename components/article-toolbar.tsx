"use client";

import { useEffect, useState } from "react";
import { ListenClient } from "./listen-client";

/** The event the toolbar sends to ShareClient to copy or share a link. */
export const SHARE_EVENT = "gloss:share";
export interface ShareRequest {
  url: string;
  what: string;
}

/**
 * Copy link, Print and Listen for the whole article. They need JavaScript, so the toolbar stays
 * hidden without it (the browser's own Print gives the same copy).
 */
export function ArticleToolbar({ url }: { url: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const copy = () =>
    document.dispatchEvent(new CustomEvent<ShareRequest>(SHARE_EVENT, { detail: { url, what: "article" } }));
  return (
    <div className="article-toolbar" role="group" aria-label="Article tools" hidden={!ready}>
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      <ListenClient />
    </div>
  );
}
