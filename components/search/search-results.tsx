import { useEffect, useRef } from "react";
import type { ArticleHit, TermHit } from "@/lib/search/pagefind-client";
import { formatDate } from "@/lib/format";
import { ARCHIVE_PATH, GLOSSARY_PATH } from "@/lib/paths";
import { excerptParts } from "@/lib/search/query";

interface Props {
  failed: boolean;
  terms: TermHit[];
  mentions: TermHit[];
  articles: ArticleHit[];
  articleTotal: number;
  onMore: () => Promise<void>;
}

/** The terms and articles found, or what to do when there are none (part of the search page). */
export function SearchResults({ failed, terms, mentions, articles, articleTotal, onMore }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // After "More articles", focus goes to the first article it added, so the keyboard reads on.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    if (focusFrom.current === null) return;
    list.current?.querySelectorAll("a")[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [articles.length]);

  if (failed) {
    return (
      <p className="search-empty">
        Check the connection and try again, or browse the <a href={ARCHIVE_PATH}>archive</a> and the{" "}
        <a href={GLOSSARY_PATH}>glossary</a>.
      </p>
    );
  }
  if (terms.length + mentions.length + articleTotal === 0) {
    return (
      <p className="search-empty">
        Try other or fewer words, or browse the <a href={ARCHIVE_PATH}>archive</a> by month and the{" "}
        <a href={GLOSSARY_PATH}>glossary</a> from A to Z.
      </p>
    );
  }
  return (
    <>
      {terms.length > 0 && (
        <section aria-labelledby="search-terms">
          <h2 id="search-terms">Terms</h2>
          <ul className="search-terms">
            {terms.map((term) => (
              <li key={term.url}>
                <a href={term.url}>{term.name}</a> <span className="search-short">{term.short}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {mentions.length > 0 && (
        <p className="search-mentions">
          {terms.length > 0 ? "Also in the glossary: " : "In the glossary: "}
          {mentions.map((term, index) => (
            <span key={term.url}>
              {index > 0 && ", "}
              <a href={term.url}>{term.name}</a>
            </span>
          ))}
          .
        </p>
      )}
      {articleTotal > 0 && (
        <section aria-labelledby="search-articles">
          <h2 id="search-articles">Articles</h2>
          <ol ref={list} className="search-articles">
            {articles.map((article) => (
              <li key={article.url}>
                <h3>
                  <a href={article.url}>{article.title}</a>
                </h3>
                {article.date && (
                  <p className="meta">
                    <time dateTime={article.date}>{formatDate(article.date)}</time>
                  </p>
                )}
                <p className="search-excerpt">
                  {excerptParts(article.excerpt).map((part, index) =>
                    part.marked ? <mark key={index}>{part.text}</mark> : part.text,
                  )}
                </p>
              </li>
            ))}
          </ol>
          {articles.length < articleTotal && (
            <button
              type="button"
              className="search-more"
              onClick={() => {
                focusFrom.current = articles.length;
                void onMore();
              }}
            >
              More articles ({(articleTotal - articles.length).toLocaleString("en-GB")} more)
            </button>
          )}
        </section>
      )}
    </>
  );
}
