import { articlePath } from "@/lib/paths";
import type { ArticleSummary } from "@/lib/schema";
import { ArticleMeta } from "./article-meta";

/** Up to three articles to read next, at the end of an article; nothing at all when there are none. */
export function RelatedReading({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <aside className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related reading</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug}>
            <a href={articlePath(article.slug)}>{article.title}</a>
            <p className="meta">
              <ArticleMeta article={article} />
            </p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
