import Link from "next/link";
import { articlePath } from "@/lib/paths";
import type { Article } from "@/lib/schema";
import { ArticleMeta } from "./article-meta";

/** Articles as headline, dek and meta, in the order given. */
export function ArticleList({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <Heading className="article-list-title">
            <Link href={articlePath(article.slug)}>{article.title}</Link>
          </Heading>
          <p className="article-list-dek">{article.dek}</p>
          <p className="meta">
            <ArticleMeta article={article} />
          </p>
        </li>
      ))}
    </ol>
  );
}
