import { articlePath } from "@/lib/paths";
import type { ArticleSummary } from "@/lib/schema";
import { ArticleMeta } from "../article/article-meta";
import { CLASS, DATA } from "@/lib/hooks";

interface Props {
  articles: ArticleSummary[];
  headingLevel?: 2 | 3;
  /** The first article is the lead: given more room. */
  lead?: boolean;
}

/**
 * Articles as headline, dek and meta, in the order given. Each headline loads its article as a
 * document: an article page's text and glossary are in its HTML only (see StaticHtml's `once`).
 */
export function ArticleList({ articles, headingLevel = 2, lead = false }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className={CLASS.articleList}>
      {articles.map((article, index) => (
        <li key={article.slug} className={lead && index === 0 ? "lead" : undefined} {...{ [DATA.slug]: article.slug }}>
          <Heading className="article-list-title">
            <a href={articlePath(article.slug)}>{article.title}</a>
          </Heading>
          <p className="article-list-dek">{article.dek}</p>
          <p className={CLASS.meta}>
            <ArticleMeta article={article} />
          </p>
        </li>
      ))}
    </ol>
  );
}
