import type { Article } from "@/lib/schema";
import { formatDate, formatReadingTime, formatWordCount } from "@/lib/format";

/** Date, length and reading time, as shown in lists and under a headline. */
export function ArticleMeta({ article }: { article: Pick<Article, "date" | "wordCount" | "readingTime"> }) {
  return (
    <>
      <time dateTime={article.date}>{formatDate(article.date)}</time>
      <span aria-hidden="true"> · </span>
      <span>{formatWordCount(article.wordCount)}</span>
      <span aria-hidden="true"> · </span>
      <span>{formatReadingTime(article.readingTime)}</span>
    </>
  );
}
