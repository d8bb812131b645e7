import type { Month } from "@/lib/schema";
import { formatArticleCount, formatMonth } from "@/lib/format";
import { ARCHIVE_PATH, archivePath } from "@/lib/paths";
import type { ArticleSummary } from "@/lib/schema";
import { ArticleList } from "./article-list";
import { Pager } from "./pager";

interface Props {
  month: Month;
  articles: ArticleSummary[];
  page: number;
  pages: number;
  /** The months before and after, for moving through the archive. */
  older?: Month;
  newer?: Month;
}

/** One page of a month in the archive: its articles in the order they were published. */
export function MonthView({ month, articles, page, pages, older, newer }: Props) {
  const name = formatMonth(month.key);
  return (
    <div className="page">
      <p className="breadcrumb">
        <a href={ARCHIVE_PATH}>Archive</a>
      </p>
      <h1 className="page-title">{name}</h1>
      <p className="page-intro">
        {formatArticleCount(month.count)}, in the order they were published
        {pages > 1 ? ` (page ${page} of ${pages})` : ""}.
      </p>
      <ArticleList articles={articles} />
      {/* Every page of the month, so that any article is a click from the month's first page. */}
      <Pager page={page} pages={pages} href={(n) => archivePath(month.key, n)} label={`Pages of ${name}`} all />
      {(older || newer) && (
        <nav className="month-nav" aria-label="Other months">
          {older && (
            <a href={archivePath(older.key)} rel="prev">
              ← {formatMonth(older.key)}
            </a>
          )}
          {newer && (
            <a href={archivePath(newer.key)} rel="next">
              {formatMonth(newer.key)} →
            </a>
          )}
        </nav>
      )}
    </div>
  );
}
