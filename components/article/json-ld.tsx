/**
 * Structured data for search engines and link previews. JSON in a script element is not HTML-escaped
 * by the browser, so `<` is written as \u003c: no value can close the script.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
