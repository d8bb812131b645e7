import { Feed } from "feed";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import { basedOnCredit } from "../article/credit";
import { formatDate, lastModified } from "../format";
import { ATOM_PATH, articlePath, RSS_PATH } from "../paths";
import type { Article } from "../schema";
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from "../site";

/**
 * An article's body for feed readers (see Article's `feedBody`), with the credit for the reporting it
 * retells before it, and its corrections and the author's bio after it.
 */
export function feedHtml(article: Article): string {
  const body = article.feedBody;
  const corrections = [...(article.corrections ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((correction) => h("p", [h("strong", `Correction, ${formatDate(correction.date)}:`), ` ${correction.note}`]));
  const bio = article.author.bio ? [h("p", [h("em", article.author.bio)])] : [];
  const after = [...corrections, ...bio];
  return basedOnHtml(article) + body + (after.length > 0 ? toHtml(after) : "");
}

/** The credit for the reporting the article retells, as the page shows it under the byline. */
function basedOnHtml({ basedOn }: Article): string {
  if (!basedOn) return "";
  const { lead, title, date } = basedOnCredit(basedOn);
  const cited = h("cite", basedOn.url ? h("a", { href: basedOn.url }, title) : title);
  return toHtml(h("p", [h("em", [`${lead}: `, cited, `, ${date}.`])]));
}

const dateOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The last day any of `articles` was published or changed ("1970-01-01" for none). */
const newestChange = (articles: Article[]) =>
  articles.map((article) => lastModified(article) ?? article.date).reduce((a, b) => (b > a ? b : a), "1970-01-01");

/**
 * The newest articles as a feed, full text, newest first. Atom says when each entry last changed
 * (`updated`); RSS has no such element, so its items keep the day they were published.
 */
function feedOf(articles: Article[], kind: "rss" | "atom"): Feed {
  const home = absoluteUrl("/");
  const feed = new Feed({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    id: home,
    link: home,
    language: "en",
    copyright: "",
    updated: dateOf(newestChange(articles)),
    generator: SITE_NAME,
    feedLinks: { rss: absoluteUrl(RSS_PATH), atom: absoluteUrl(ATOM_PATH) },
  });
  for (const article of articles) {
    const url = absoluteUrl(articlePath(article.slug));
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.dek,
      content: feedHtml(article),
      author: [{ name: article.author.name }],
      date: dateOf((kind === "atom" && lastModified(article)) || article.date),
      published: dateOf(article.date),
    });
  }
  return feed;
}

/** RSS 2.0 with the full text of every article given, newest first. */
export const rssFeed = (articles: Article[]) => feedOf(articles, "rss").rss2();

/** Atom 1.0 with the full text of every article given, newest first. */
export const atomFeed = (articles: Article[]) => feedOf(articles, "atom").atom1();
