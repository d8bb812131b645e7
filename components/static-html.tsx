/**
 * The one place that injects HTML, and only HTML that lib/ built: rendered Markdown from
 * lib/markdown.ts (raw HTML dropped, unsafe URLs removed by its sanitizer) or a fragment from
 * lib/fragments.ts (every text and attribute escaped). React places it as one element.
 */
export function StaticHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
