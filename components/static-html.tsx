import type { HTMLAttributes } from "react";

type Props = { html: string } & Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML">;

/**
 * The one place that injects HTML, and only HTML that lib/ built: rendered Markdown from
 * lib/markdown/ (raw HTML kept as text, unsafe URLs removed by its sanitizer) or a fragment from a
 * components/*-html.ts file (every text and attribute escaped). React places it as one element.
 */
export function StaticHtml({ html, ...attributes }: Props) {
  return <div {...attributes} dangerouslySetInnerHTML={{ __html: html }} />;
}
