/**
 * The one place that injects HTML: only HTML that lib/markdown.ts produced with its sanitizer
 * (raw HTML dropped, unsafe URLs removed) may come here.
 */
export function MarkdownHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
