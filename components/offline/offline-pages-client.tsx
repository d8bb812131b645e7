"use client";

import { useEffect, useState } from "react";
import { PAGES_CACHE_PREFIX } from "@/lib/offline/caches";
import { articlePath, GLOSSARY_PATH, HOME_PATH } from "@/lib/paths";
import { formatDate } from "@/lib/format";
import { SITE_NAME } from "@/lib/site";
import { CLASS } from "@/lib/hooks";

interface KeptArticle {
  path: string;
  title: string;
  date: string;
}

const ARTICLES_PREFIX = articlePath("");
const TITLE_SUFFIX = ` · ${SITE_NAME}`;

/** An article's headline and date, read from the head of its kept page. */
async function describe(path: string, response: Response): Promise<KeptArticle | null> {
  const html = await response.text();
  const head = new DOMParser().parseFromString(html.slice(0, html.indexOf("</head>") + 7), "text/html");
  const title = head.title.endsWith(TITLE_SUFFIX) ? head.title.slice(0, -TITLE_SUFFIX.length) : head.title;
  const date = head.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ?? "";
  return title ? { path, title, date } : null;
}

/** Every article this browser's caches keep, newest first. */
async function keptArticles(): Promise<KeptArticle[]> {
  const found = new Map<string, KeptArticle>();
  for (const name of (await caches.keys()).filter((name) => name.startsWith(PAGES_CACHE_PREFIX))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(ARTICLES_PREFIX) || found.has(path)) continue;
      const response = await cache.match(request);
      const article = response && (await describe(path, response));
      if (article) found.set(path, article);
    }
  }
  return [...found.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The list of kept articles on the offline page, read from the browser's own caches. */
export function OfflinePagesClient() {
  const [articles, setArticles] = useState<KeptArticle[] | null>(null);
  useEffect(() => {
    ("caches" in window ? keptArticles() : Promise.resolve([])).then(setArticles, () => setArticles([]));
  }, []);
  if (!articles) return null;
  return (
    <section aria-labelledby="kept-heading">
      <h2 id="kept-heading">On this device</h2>
      <p>
        <a href={HOME_PATH}>Home page</a> · <a href={GLOSSARY_PATH}>Glossary</a>
      </p>
      {articles.length === 0 ? (
        <p>No articles are kept on this device yet. Articles you open while online are kept for reading offline.</p>
      ) : (
        <ol className={CLASS.articleList}>
          {articles.map((article) => (
            <li key={article.path}>
              <h3 className="article-list-title">
                <a href={article.path}>{article.title}</a>
              </h3>
              {article.date && (
                <p className={CLASS.meta}>
                  <time dateTime={article.date}>{formatDate(article.date)}</time>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
