"use client";

import { useState, type HTMLAttributes } from "react";
import { readPageHtml } from "@/lib/page-html";
import { DATA } from "@/lib/hooks";

type Props = { htmlKey: string } & Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML">;

/** What to write: on the server, the HTML kept for this render; in the browser, what the page was loaded with. */
function htmlFor(key: string): string {
  if (typeof window === "undefined") return readPageHtml(key);
  // Keys are base64url: nothing in them needs escaping in the selector.
  return document.querySelector(`[${DATA.html}="${key}"]`)?.innerHTML ?? "";
}

/**
 * A part of the page whose HTML is in the page only (see StaticHtml's `once`). When React hydrates
 * the page, the HTML is already in place and stays as it is. Every link between pages loads a
 * document (README, "Links between pages"), so the part is never shown without the page it came in.
 */
export function PageHtmlClient({ htmlKey, ...attributes }: Props) {
  const [html] = useState(() => htmlFor(htmlKey));
  return (
    <div
      {...attributes}
      {...{ [DATA.html]: htmlKey }}
      dangerouslySetInnerHTML={{ __html: html }}
      suppressHydrationWarning
    />
  );
}
