/** The data React hydrates a page from, as Next.js writes it into the page's HTML (its RSC payload). */
export function pageData(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)]
    .map((match) => JSON.parse(match[1]) as string)
    .join("");
}
