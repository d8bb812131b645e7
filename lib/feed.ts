import type { Article } from "./schema";
import { absoluteUrl, articlePath, SITE_NAME } from "./site";

export const FEED_DESCRIPTION = "News about technology, with every term explained.";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/**
 * An article's body for feed readers: absolute links (a reader's app is not on our site), and
 * without the heading and paragraph self-links or references to the page's glossary, which mean
 * nothing there.
 */
export function feedHtml(article: Article): string {
  const url = absoluteUrl(articlePath(article.slug));
  const origin = absoluteUrl("/").replace(/\/$/, "");
  const body = article.html
    .replace(/<a class="(?:heading|paragraph)-link"[^>]*><\/a>/g, "")
    .replace(/ aria-describedby="[^"]*"/g, "")
    .replace(/ href="#/g, ` href="${url}#`)
    .replace(/ href="\//g, ` href="${origin}/`);
  const bio = article.author.bio ? `<p><em>${escapeXml(article.author.bio)}</em></p>` : "";
  return body + bio;
}

const rfc822 = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).toUTCString();
const rfc3339 = (isoDate: string) => `${isoDate}T00:00:00Z`;

/** RSS 2.0 with the full text of every article, newest first. */
export function rssFeed(articles: Article[]): string {
  const items = articles.map((article) => {
    const url = absoluteUrl(articlePath(article.slug));
    return `    <item>
      <title>${escapeXml(article.title)}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(url)}</guid>
      <pubDate>${rfc822(article.date)}</pubDate>
      <dc:creator>${escapeXml(article.author.name)}</dc:creator>
      <description>${escapeXml(article.dek)}</description>
      <content:encoded>${escapeXml(feedHtml(article))}</content:encoded>
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${SITE_NAME}</title>
    <link>${escapeXml(absoluteUrl("/"))}</link>
    <description>${FEED_DESCRIPTION}</description>
    <language>en</language>
    <atom:link href="${escapeXml(absoluteUrl("/feed.xml"))}" rel="self" type="application/rss+xml"/>
${articles[0] ? `    <lastBuildDate>${rfc822(articles[0].date)}</lastBuildDate>\n` : ""}${items.join("\n")}
  </channel>
</rss>
`;
}

/** Atom 1.0 with the full text of every article, newest first. */
export function atomFeed(articles: Article[]): string {
  const entries = articles.map((article) => {
    const url = absoluteUrl(articlePath(article.slug));
    return `  <entry>
    <title>${escapeXml(article.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <id>${escapeXml(url)}</id>
    <published>${rfc3339(article.date)}</published>
    <updated>${rfc3339(article.date)}</updated>
    <author><name>${escapeXml(article.author.name)}</name></author>
    <summary>${escapeXml(article.dek)}</summary>
    <content type="html">${escapeXml(feedHtml(article))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${SITE_NAME}</title>
  <subtitle>${FEED_DESCRIPTION}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl("/"))}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl("/atom.xml"))}"/>
  <id>${escapeXml(absoluteUrl("/"))}</id>
  <updated>${rfc3339(articles[0]?.date ?? "1970-01-01")}</updated>
${entries.join("\n")}
</feed>
`;
}
