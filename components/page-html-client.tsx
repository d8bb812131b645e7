"use client";

import { useEffect, useState, type HTMLAttributes } from "react";
import { loadDocument } from "@/lib/browser/navigation";
import { keptPageHtml } from "@/lib/page-html";

type Props = { htmlKey: string } & Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML">;

/** The HTML this document was loaded with, by key: for a part shown again after a visit elsewhere. */
const loaded = new Map<string, string>();

/** What to write: the server's kept HTML; in the browser, what the page already holds, or null. */
function htmlFor(key: string): string | null {
  if (typeof window === "undefined") return keptPageHtml(key);
  if (loaded.has(key)) return loaded.get(key)!;
  // Keys are base64url: nothing in them needs escaping in the selector.
  const element = document.querySelector(`[data-html="${key}"]`);
  if (!element) return null;
  loaded.set(key, element.innerHTML);
  return element.innerHTML;
}

/**
 * A part of the page whose HTML is in the page only (see StaticHtml's `once`). When React hydrates
 * the page, the HTML is already in place and stays as it is. Reached from another page inside the
 * site (a link that Next.js follows without loading a document), the HTML is not here to show: the
 * page is loaded as a document instead, as links to articles always load it.
 */
export function PageHtmlClient({ htmlKey, ...attributes }: Props) {
  const [html] = useState(() => htmlFor(htmlKey));
  useEffect(() => {
    if (html === null) loadDocument();
  }, [html]);
  return (
    <div
      {...attributes}
      data-html={htmlKey}
      dangerouslySetInnerHTML={{ __html: html ?? "" }}
      suppressHydrationWarning
    />
  );
}
