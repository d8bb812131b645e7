import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content";
import { atomFeed, feedHtml, rssFeed } from "@/lib/feeds/feed";
import type { Article } from "@/lib/schema";

const ORIGIN = "http://localhost:3000";

async function fixtureArticles(): Promise<Article[]> {
  return (await loadContent("tests/fixtures/site")).articles;
}

const xml = (text: string) => new JSDOM(text, { contentType: "application/xml" }).window.document;

describe("feedHtml", () => {
  test("keeps the body with absolute links, without self-links or references to the page's glossary", async () => {
    const [article] = await fixtureArticles();
    const html = feedHtml(article);
    const body = JSDOM.fragment(html);
    expect(body.querySelectorAll("a.heading-link, a.paragraph-link")).toHaveLength(0);
    expect(body.querySelectorAll("[aria-describedby]")).toHaveLength(0);
    const hrefs = Array.from(body.querySelectorAll("a[href]"), (a) => a.getAttribute("href")!);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(hrefs).toContain(`${ORIGIN}/articles/${article.slug}#glossary-graviton`);
    expect(body.textContent).toContain("Engineers at the lab spend their days");
  });

  test("ends with the author's bio, escaped as text", async () => {
    const [article] = await fixtureArticles();
    const html = feedHtml({ ...article, author: { name: "A", bio: "Writes <b>bold</b> & more." } });
    expect(html.endsWith("<p><em>Writes &#x3C;b>bold&#x3C;/b> &#x26; more.</em></p>")).toBe(true);
  });

  test("opens with the credit for the reporting it retells, as the page shows it", async () => {
    const [article] = await fixtureArticles();
    const basedOn = { publication: "Wire", author: "A. Reporter", title: "The <scoop>", date: "2026-04-24" };
    const credited = feedHtml({ ...article, basedOn });
    expect(
      credited.startsWith(
        "<p><em>Based on reporting by A. Reporter for Wire: <cite>The &#x3C;scoop></cite>, 24 April 2026.</em></p>",
      ),
    ).toBe(true);
    const linked = feedHtml({ ...article, basedOn: { ...basedOn, url: "https://example.com/scoop" } });
    expect(linked).toContain('<cite><a href="https://example.com/scoop">The &#x3C;scoop></a></cite>');
    expect(feedHtml({ ...article, basedOn: undefined }).startsWith("<p><em>Based")).toBe(false);
  });
});

describe("the feeds", () => {
  test("RSS 2.0 carries each article given, in order, in full", async () => {
    const articles = await fixtureArticles();
    const doc = xml(rssFeed(articles));
    expect(doc.documentElement.nodeName).toBe("rss");
    const items = Array.from(doc.querySelectorAll("item"));
    expect(items.map((item) => item.querySelector("title")!.textContent)).toEqual(articles.map((a) => a.title));
    expect(items[0].querySelector("link")!.textContent).toBe(`${ORIGIN}/articles/${articles[0].slug}`);
    expect(items[0].getElementsByTagName("content:encoded")[0].textContent).toContain("Engineers at the lab");
  });

  test("Atom 1.0 carries each article given, with its date", async () => {
    const articles = await fixtureArticles();
    const doc = xml(atomFeed(articles.slice(0, 2)));
    expect(doc.documentElement.nodeName).toBe("feed");
    const entries = Array.from(doc.querySelectorAll("entry"));
    expect(entries).toHaveLength(2);
    expect(entries[0].querySelector("updated")!.textContent).toBe(`${articles[0].date}T00:00:00.000Z`);
    expect(entries[0].querySelector("content")!.textContent).toContain("Engineers at the lab");
  });
});

describe("an updated and corrected article", () => {
  const corrected = async () => (await fixtureArticles()).find((article) => article.corrections?.length)!;

  test("ends with its corrections in the feeds, before the bio", async () => {
    const article = await corrected();
    const html = feedHtml({ ...article, author: { name: "A", bio: "Bio." } });
    expect(html).toContain(
      "<p><strong>Correction, 21 April 2026:</strong> An earlier version of this article said a GPU server costs less per hour than a CPU server. It costs more.</p><p><em>Bio.</em></p>",
    );
  });

  test("is updated in Atom on the day of its last change, and published in RSS on the day it appeared", async () => {
    const article = await corrected();
    const atom = xml(atomFeed([article]));
    expect(atom.querySelector("entry > updated")!.textContent).toBe("2026-04-21T00:00:00.000Z");
    expect(atom.querySelector("entry > published")!.textContent).toBe("2026-04-18T00:00:00.000Z");
    expect(atom.querySelector("feed > updated")!.textContent).toBe("2026-04-21T00:00:00.000Z");
    const rss = xml(rssFeed([article]));
    expect(rss.querySelector("item > pubDate")!.textContent).toBe("Sat, 18 Apr 2026 00:00:00 GMT");
  });
});
