import { formatArticleCount } from "@/lib/format";
import { termArticlesPath, termPath } from "@/lib/paths";
import type { ArticleSummary, GlossaryEntry } from "@/lib/schema";
import { ArticleList } from "../lists/article-list";
import { Pager } from "../lists/pager";

interface Props {
  entry: GlossaryEntry;
  articles: ArticleSummary[];
  page: number;
  pages: number;
  total: number;
}

/** One page of every article that uses a term, in the order they were published. */
export function TermArticlesView({ entry, articles, page, pages, total }: Props) {
  return (
    <div className="page">
      <p className="breadcrumb">
        <a href={termPath(entry.id)}>{entry.term}</a>
      </p>
      <h1 className="page-title">Articles about {entry.term}</h1>
      <p className="page-intro">
        {formatArticleCount(total)}, in the order they were published (page {page} of {pages}).
      </p>
      <ArticleList articles={articles} />
      <Pager
        page={page}
        pages={pages}
        href={(n) => termArticlesPath(entry.id, n)}
        label={`Pages of articles about ${entry.term}`}
      />
    </div>
  );
}
