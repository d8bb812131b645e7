import { formatDate, formatReadingTime, formatWordCount, lastModified } from "@/lib/format";
import { CORRECTIONS_ID } from "@/lib/paths";
import type { Article } from "@/lib/schema";

type Shown = Pick<Article, "date" | "updated" | "corrections" | "wordCount" | "readingTime">;

/**
 * Date (and the last update, when there was one), length and reading time, as shown in lists and
 * under a headline. Under the headline of a corrected article, "Updated" links to the corrections.
 */
export function ArticleMeta({ article, linkCorrections = false }: { article: Shown; linkCorrections?: boolean }) {
  const modified = lastModified(article);
  const updated = modified && <time dateTime={modified}>{formatDate(modified)}</time>;
  return (
    <>
      <time dateTime={article.date}>{formatDate(article.date)}</time>
      {updated && (
        <>
          <span aria-hidden="true"> · </span>
          <span className="updated">
            {linkCorrections && article.corrections?.length ? <a href={`#${CORRECTIONS_ID}`}>Updated</a> : "Updated"}{" "}
            {updated}
          </span>
        </>
      )}
      <span aria-hidden="true"> · </span>
      <span>{formatWordCount(article.wordCount)}</span>
      <span aria-hidden="true"> · </span>
      <span>{formatReadingTime(article.readingTime)}</span>
    </>
  );
}
