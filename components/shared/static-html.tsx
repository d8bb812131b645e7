import "server-only";
import { createHash } from "node:crypto";
import type { HTMLAttributes } from "react";
import { savePageHtml } from "@/lib/page-html";
import { PageHtmlClient } from "./page-html-client";

type Props = {
  html: string;
  /**
   * Write the HTML into the page only, not again into the page data React hydrates from: for the
   * large parts of a page (an article's text and glossary, the glossary page's entries), which the
   * browser never renders again.
   */
  once?: boolean;
} & Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML">;

/**
 * The one place that injects HTML, and only HTML that lib/ built: rendered Markdown from
 * lib/markdown/ (raw HTML kept as text, unsafe URLs removed by its sanitizer) or a fragment from a
 * components/*-html.ts file (every text and attribute escaped). React places it as one element.
 */
export function StaticHtml({ html, once = false, ...attributes }: Props) {
  if (!once) return <div {...attributes} dangerouslySetInnerHTML={{ __html: html }} />;
  const key = createHash("sha256").update(html).digest("base64url").slice(0, 16);
  savePageHtml(key, html);
  return <PageHtmlClient {...attributes} htmlKey={key} />;
}
